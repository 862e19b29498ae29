package vn.practica.placement.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.ListPosition;
import vn.practica.placement.placement.Requester;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/**
 * Opens, reads and closes rounds. The State opens national rounds; a school opens rounds for its own students.
 * A school may invite other schools, which take part once they join ({@link RoundSchoolService}).
 * The seed is drawn from a cryptographic generator when the round opens and published with it, so nobody, the
 * organizer included, can pick a seed after seeing the rankings.
 */
@ApplicationScoped
@Transactional
public class MatchingRoundService {
    private static final SecureRandom SEEDS = new SecureRandom();

    private final MatchingRoundRepository rounds;
    private final StudentDirectoryService students;
    private final RoundInvitations invitations;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    MatchingRoundService(
            MatchingRoundRepository rounds,
            StudentDirectoryService students,
            RoundInvitations invitations,
            Outbox outbox) {
        this.rounds = rounds;
        this.students = students;
        this.invitations = invitations;
        this.outbox = outbox;
    }

    public RoundResponse open(RoundDefinition definition, Requester requester) {
        Instant now = now();
        RoundRules.check(definition, now);
        MatchingRound.OrganizerKind kind;
        UUID organizer;
        if (requester.state()) {
            kind = MatchingRound.OrganizerKind.STATE;
            organizer = null;
        } else {
            kind = MatchingRound.OrganizerKind.SCHOOL;
            organizer = requester
                    .schoolId()
                    .orElseThrow(() -> new DomainException(
                            PlatformProblems.FORBIDDEN, "Only the State or a school opens matching rounds"));
        }
        MatchingRound round =
                MatchingRound.open(definition, kind, organizer, SEEDS.nextLong(), requester.subject(), now);
        rounds.persist(round);
        invitations.invite(round, definition.partnerSchools());
        int offers = rounds.snapshotOffers(round, OfferTerms.today(clock));
        if (offers == 0) {
            throw new DomainException(
                    RoundProblems.NO_OFFERS,
                    "No open offer for students starts between " + definition.startsFrom() + " and "
                            + definition.startsUntil() + " with the round's field and province");
        }
        outbox.append(RoundEvents.opened(round, offers));
        return RoundResponse.of(round, offers);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RoundResponse read(UUID id, Requester requester) {
        MatchingRound round = visible(id, requester);
        return RoundResponse.of(round, rounds.offerCount(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoundResponse> list(Requester requester, Optional<ListPosition> after, int limit) {
        List<MatchingRound> page = rounds.page(viewer(requester), after, limit);
        Map<UUID, Integer> offers =
                rounds.offerCounts(page.stream().map(MatchingRound::id).toList());
        return page.stream()
                .map(r -> RoundResponse.of(r, offers.getOrDefault(r.id(), 0)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoundOffer> offers(UUID id, Requester requester) {
        visible(id, requester);
        return rounds.offers(id);
    }

    /** Ends ranking now, before the deadline: the organizer's call (e.g. every school has uploaded). */
    public RoundResponse closeEarly(UUID id, Requester requester) {
        MatchingRound round = rounds.byIdForUpdate(id).orElseThrow(() -> notFound(id));
        requireOrganizer(round, requester);
        int offers = rounds.offerCount(id);
        if (round.close(now(), true)) {
            outbox.append(RoundEvents.closed(round, offers));
        }
        return RoundResponse.of(round, offers);
    }

    /** The round, locked, closed if its deadline has passed; a run starts from here. */
    @Transactional(Transactional.TxType.MANDATORY)
    MatchingRound closeForRun(UUID id, Requester requester) {
        MatchingRound round = rounds.byIdForUpdate(id).orElseThrow(() -> notFound(id));
        requireOrganizer(round, requester);
        round.requireRunnable();
        if (round.close(now(), false)) {
            outbox.append(RoundEvents.closed(round, rounds.offerCount(id)));
        }
        return round;
    }

    /** The round share-locked (runs lock it exclusively), as committed when the lock was granted. */
    @Transactional(Transactional.TxType.MANDATORY)
    MatchingRound lockShared(UUID id) {
        return rounds.locked(id, LockModeType.PESSIMISTIC_READ).orElseThrow(() -> notFound(id));
    }

    /** The round if the requester may see it; else not found, so that nobody learns of others' rounds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    MatchingRound visible(UUID id, Requester requester) {
        if (!rounds.visibleTo(id, viewer(requester))) {
            throw notFound(id);
        }
        return rounds.byId(id).orElseThrow(() -> notFound(id));
    }

    static void requireOrganizer(MatchingRound round, Requester requester) {
        boolean organizer = round.organizerId().map(requester::actsForSchool).orElse(requester.state());
        if (!organizer) {
            throw new DomainException(PlatformProblems.FORBIDDEN, "Only the round's organizer may do this");
        }
    }

    private RoundViewer viewer(Requester requester) {
        UUID school = requester
                .schoolId()
                .or(() ->
                        requester.studentLogin().flatMap(students::findByLogin).map(StudentDetails::schoolId))
                .orElse(null);
        return new RoundViewer(requester.state(), school, requester.businessId().orElse(null));
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("No matching round " + id + " that you may see");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
