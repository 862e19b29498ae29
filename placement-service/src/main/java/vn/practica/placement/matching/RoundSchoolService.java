package vn.practica.placement.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/**
 * The schools of a round a school organizes: the organizer and the schools it invites. An invited school takes
 * part, its students ranking and it uploading their lists, only once it joins: no school's students are placed
 * by another school's round without that school saying so. A State round takes every school and has no list.
 */
@ApplicationScoped
public class RoundSchoolService {
    private final EntityManager em;
    private final MatchingRoundService rounds;
    private final Clock clock = Clock.systemUTC();

    RoundSchoolService(EntityManager em, MatchingRoundService rounds) {
        this.em = em;
        this.rounds = rounds;
    }

    /** A school of a round: when it was invited and, once it takes part, when it joined (else null). */
    @Schema(name = "MatchingRoundSchool")
    public record RoundSchool(UUID schoolId, boolean organizer, Instant invitedAt, Instant joinedAt) {}

    /** The round's schools, organizer first; empty for a State round. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoundSchool> list(UUID roundId, Requester requester) {
        MatchingRound round = rounds.visible(roundId, requester);
        UUID organizer = round.organizerId().orElse(null);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select school_id, invited_at, joined_at from round_school"
                        + " where round_id = ?1 order by school_id <> ?2, school_id")
                .setParameter(1, roundId)
                .setParameter(2, organizer == null ? new UUID(0L, 0L) : organizer)
                .getResultList();
        return rows.stream()
                .map(r -> new RoundSchool(
                        (UUID) r[0], r[0].equals(organizer), (Instant) r[1], r[2] == null ? null : (Instant) r[2]))
                .toList();
    }

    /** The invited school takes part from now: its students may rank, it may upload their lists. */
    @Transactional
    public RoundSchool join(UUID roundId, UUID schoolId, Requester requester) {
        rounds.visible(roundId, requester);
        if (!requester.actsForSchool(schoolId)) {
            throw new DomainException(PlatformProblems.FORBIDDEN, "A school joins a round only for itself");
        }
        MatchingRound round = rounds.lockShared(roundId);
        round.requireTakingPreferences(clock.instant());
        int invited = em.createNativeQuery("update round_school set joined_at = coalesce(joined_at, ?3)"
                        + " where round_id = ?1 and school_id = ?2")
                .setParameter(1, roundId)
                .setParameter(2, schoolId)
                .setParameter(3, clock.instant().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        if (invited == 0) {
            throw DomainException.notFound("School " + schoolId + " is not invited to round " + roundId);
        }
        return list(roundId, requester).stream()
                .filter(s -> s.schoolId().equals(schoolId))
                .findFirst()
                .orElseThrow();
    }
}
