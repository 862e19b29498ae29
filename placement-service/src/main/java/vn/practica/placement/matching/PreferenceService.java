package vn.practica.placement.matching;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;
import vn.practica.placement.offer.OfferLimits;
import vn.practica.placement.placement.Requester;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/**
 * Students' ranked choices in a round: a student ranks for themselves; a school uploads its students' lists, the
 * State anyone's, in bulk. Both go through one path ({@link PreferenceStaging}), so one set of rules holds for
 * every list, and a list is replaced whole or not at all. The round is held with a shared lock meanwhile: a run
 * (which locks it exclusively) waits for uploads in flight and sees each whole or not at all.
 */
@ApplicationScoped
public class PreferenceService {
    private final EntityManager em;
    private final MatchingRoundService rounds;
    private final StudentDirectoryService students;
    private final Clock clock = Clock.systemUTC();

    PreferenceService(EntityManager em, MatchingRoundService rounds, StudentDirectoryService students) {
        this.em = em;
        this.rounds = rounds;
        this.students = students;
    }

    /** What an upload wrote: how many students' lists, how many ranked choices. */
    public record Upload(
            @Schema(minimum = "0", maximum = "2147483647") long students,
            @Schema(minimum = "0", maximum = "2147483647") long preferences) {}

    /** A school's or the State's upload; every row passes or nothing is written (a 422 lists the first errors). */
    @Transactional
    @TransactionConfiguration(timeout = 3600)
    public Upload upload(UUID roundId, Requester requester, BufferedReader body, PreferenceUploadParser.Format format) {
        MatchingRound round = roundTakingPreferences(roundId, requester);
        if (!requester.state() && requester.schoolId().isEmpty()) {
            throw new DomainException(PlatformProblems.FORBIDDEN, "Only schools and the State upload preferences");
        }
        PreferenceUploadParser parser = new PreferenceUploadParser();
        return stage(round, requester.schoolId().orElse(null), sink -> parser.parse(body, format, sink), parser);
    }

    /** The signed-in student ranks the round's offers, most wanted first; the list replaces theirs. */
    @Transactional
    public List<RankedOffer> rankMine(UUID roundId, Requester requester, List<UUID> offerIds) {
        StudentDetails student = student(requester);
        MatchingRound round = roundTakingPreferences(roundId, requester);
        PreferenceUploadParser none = new PreferenceUploadParser();
        try {
            stage(
                    round,
                    student.schoolId(),
                    sink -> {
                        for (int i = 0; i < offerIds.size(); i++) {
                            sink.accept(new PreferenceRow(
                                    i + 1, student.schoolId(), student.sourcedId(), i + 1, offerIds.get(i)));
                        }
                    },
                    none);
        } catch (DomainException e) {
            throw asListErrors(e);
        }
        if (offerIds.isEmpty()) {
            em.createNativeQuery("delete from round_preference where round_id = ?1 and student_id = ?2")
                    .setParameter(1, roundId)
                    .setParameter(2, student.id())
                    .executeUpdate();
        }
        return mine(round, student);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RankedOffer> readMine(UUID roundId, Requester requester) {
        StudentDetails student = student(requester);
        return mine(rounds.visible(roundId, requester), student);
    }

    private List<RankedOffer> mine(MatchingRound round, StudentDetails student) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.rank, c.offer_id, o.business_id, o.title from"
                        + " round_preference p cross join unnest(p.ranks, p.offer_ids) as c (rank, offer_id)"
                        + " join offer o on o.id = c.offer_id where p.round_id = ?1 and p.student_id = ?2"
                        + " order by c.rank")
                .setParameter(1, round.id())
                .setParameter(2, student.id())
                .getResultList();
        return rows.stream()
                .map(r -> new RankedOffer(((Number) r[0]).intValue(), (UUID) r[1], (UUID) r[2], (String) r[3]))
                .toList();
    }

    private Upload stage(
            MatchingRound round, UUID uploader, Consumer<Consumer<PreferenceRow>> rows, PreferenceUploadParser parser) {
        Object result = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreferenceStaging staging = PreferenceStaging.begin(connection)) {
                rows.accept(staging.sink());
                PreferenceStaging.Check check =
                        staging.finish(round.id(), uploader, round.organizerId().orElse(null), round.choiceCap());
                long total = check.total() + parser.errorCount();
                if (total > 0) {
                    return refused(parser.errors(), check.errors(), total);
                }
                long[] written = staging.apply(round.id());
                return new Upload(written[0], written[1]);
            } catch (SQLException e) {
                throw new IllegalStateException("Staging the preferences failed", e);
            }
        });
        if (result instanceof DomainException refusal) {
            throw refusal;
        }
        return (Upload) result;
    }

    private static DomainException refused(List<RowError> malformed, List<RowError> broken, long total) {
        List<RowError> first = new ArrayList<>(malformed);
        first.addAll(broken);
        first.sort(Comparator.comparingLong(RowError::line));
        List<RowError> shown = first.subList(0, Math.min(first.size(), RoundLimits.MAX_ROW_ERRORS));
        return new DomainException(
                        RoundProblems.INVALID_PREFERENCES,
                        total + " row(s) break the round's rules; nothing was written")
                .with("rowErrors", List.copyOf(shown))
                .with("rowErrorCount", total);
    }

    /** The same refusal for a student's own list: each error names {@code offerIds[i]}. */
    @SuppressWarnings("unchecked")
    private static DomainException asListErrors(DomainException e) {
        Object rows = e.extensions().get("rowErrors");
        if (!(rows instanceof List<?> list)) {
            return e;
        }
        List<vn.practica.platform.problem.Problem.FieldError> errors = ((List<RowError>) list)
                .stream()
                        .map(r -> new vn.practica.platform.problem.Problem.FieldError(
                                "offerIds[" + (r.line() - 1) + "]", r.reason() + ": " + r.detail()))
                        .toList();
        return new DomainException(RoundProblems.INVALID_PREFERENCES, "Your list breaks the round's rules", errors);
    }

    private MatchingRound roundTakingPreferences(UUID roundId, Requester requester) {
        rounds.visible(roundId, requester);
        MatchingRound round = rounds.lockShared(roundId);
        round.requireTakingPreferences(clock.instant());
        return round;
    }

    private StudentDetails student(Requester requester) {
        return requester
                .studentLogin()
                .flatMap(students::findByLogin)
                .orElseThrow(() -> DomainException.notFound("No student record is tied to your login yet"));
    }

    /** One ranked choice of a student's list. */
    @Schema(name = "RankedOffer")
    public record RankedOffer(
            @Schema(minimum = "1", maximum = "50") int rank,
            UUID offerId,
            UUID businessId,
            @Schema(maxLength = OfferLimits.TITLE) String title) {}
}
