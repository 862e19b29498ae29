package vn.practica.placement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.placement.application.ConcurrentCalls.Answer;
import vn.practica.placement.placement.PlacementService;
import vn.practica.placement.placement.Requester;

/**
 * No overbooking, ever: two hundred applicants, each holding an offered place, accept at the same moment (each
 * after a random, seeded delay) for an offer of five free seats; exactly five get a placement, every other one a
 * clear {@code offer-full}, and nothing else changes. Twenty rounds: after each, the business withdraws the five
 * placements (their seats are free again) and five new applicants are offered a place, so every round is two
 * hundred distinct applicants racing for five seats.
 */
@QuarkusTest
class AcceptConcurrencyTest {
    private static final int APPLICANTS = 200;
    private static final int SEATS = 5;
    private static final int ROUNDS = 20;
    /** Most milliseconds a caller waits after the start line, so arrivals interleave differently each round. */
    private static final int MAX_JITTER_MILLIS = 25;
    /** Applications set up per transaction: one transaction for all would make each flush check hundreds. */
    private static final int SETUP_BATCH = 25;

    @Inject
    ApplicationService applications;

    @Inject
    ApplicationLifecycleService lifecycle;

    @Inject
    PlacementService placements;

    /** An applicant and their offered application. */
    private record Contender(Applicant applicant, UUID applicationId) {}

    @Test
    void neverOverbooksWhenTwoHundredApplicantsAcceptFiveSeatsAtOnceTwentyTimesOver() throws Exception {
        long seed = Long.getLong("practica.test.seed", System.nanoTime());
        Random random = new Random(seed);
        String why = "seed " + seed + " (rerun with -Dpractica.test.seed=" + seed + ")";
        ApplicationWorld world = ApplicationWorld.announce("RACE");
        List<Applicant> students = world.registerStudents("SV-RACE", APPLICANTS + SEATS * (ROUNDS - 1));
        UUID offerId = UUID.fromString(
                world.openOffer("RACE", ApplicationWorld.with(world.offer("Cuộc đua"), "totalJobOpenings", SEATS)));
        List<Contender> contenders = offerPlaces(world, students.subList(0, APPLICANTS), offerId);
        int newcomer = APPLICANTS;
        ExecutorService pool = Executors.newFixedThreadPool(APPLICANTS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<ConcurrentCalls.Call> calls = new ArrayList<>();
                for (Contender contender : contenders) {
                    calls.add(new ConcurrentCalls.Call(
                            "/api/v1/applications/" + contender.applicationId() + "/accept",
                            contender.applicant().token(),
                            null,
                            random.nextInt(MAX_JITTER_MILLIS + 1)));
                }
                List<Answer> answers = ConcurrentCalls.runTogether(
                        pool, calls.stream().map(ConcurrentCalls::post).toList());
                List<UUID> placed = assertRound(offerId, round, answers, why + ", round " + round);

                withdraw(world, placed);
                List<Contender> remaining = new ArrayList<>();
                for (int i = 0; i < contenders.size(); i++) {
                    if (answers.get(i).status() != 201) {
                        remaining.add(contenders.get(i));
                    }
                }
                if (round < ROUNDS - 1) {
                    remaining.addAll(offerPlaces(world, students.subList(newcomer, newcomer + SEATS), offerId));
                    newcomer += SEATS;
                }
                contenders = remaining;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each student applies and is offered a place, through the services. */
    private List<Contender> offerPlaces(ApplicationWorld world, List<Applicant> students, UUID offerId) {
        Requester business = business(world);
        List<Contender> offered = new ArrayList<>();
        for (int from = 0; from < students.size(); from += SETUP_BATCH) {
            List<Applicant> batch = students.subList(from, Math.min(students.size(), from + SETUP_BATCH));
            QuarkusTransaction.requiringNew().run(() -> {
                for (Applicant student : batch) {
                    Requester requester = new Requester(
                            false, Optional.empty(), Optional.empty(), Optional.of(student.login()), student.login());
                    UUID id = applications
                            .applyToOffer(offerId, requester, new ApplicationDraft("Em muốn", List.of("Có"), null))
                            .application()
                            .id();
                    lifecycle.offerApplication(id, business, Optional.empty(), OptionalLong.empty());
                    offered.add(new Contender(student, id));
                }
            });
        }
        return offered;
    }

    /** The business withdraws the round's placements: their seats are free for the next round. */
    private void withdraw(ApplicationWorld world, List<UUID> placed) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID placement : placed) {
                placements.withdrawPlacement(placement, business(world), "Vòng sau", OptionalLong.empty());
            }
        });
    }

    private static Requester business(ApplicationWorld world) {
        return new Requester(false, Optional.of(world.business()), Optional.empty(), Optional.empty(), "business-user");
    }

    /** The round's outcome, checked in the answers, the tables and the outbox; the new placements' ids. */
    private static List<UUID> assertRound(UUID offer, int round, List<Answer> answers, String why) {
        List<Answer> placed = answers.stream().filter(a -> a.status() == 201).toList();
        assertEquals(SEATS, placed.size(), "exactly as many placements as free seats, " + why);
        Set<String> refusals = answers.stream()
                .filter(a -> a.status() != 201)
                .map(a -> a.status() + " " + a.problem())
                .collect(Collectors.toSet());
        assertEquals(Set.of("409 offer-full"), refusals, "every other caller is told the offer is full, " + why);
        assertTrue(
                placed.stream()
                        .allMatch(a -> "PROPOSED".equals(a.body().path("status").asText())),
                "the body of a 201 is the proposed placement, " + why);

        int made = SEATS * (round + 1);
        assertEquals(SEATS, ApplicationOutbox.count("select seats_taken from offer where id = ?1", offer), why);
        Set<String> running = new HashSet<>(ApplicationOutbox.texts(
                "select cast(id as text) from placement where offer_id = ?1 and status = 'PROPOSED'", offer));
        Set<String> answered =
                placed.stream().map(a -> a.body().path("id").asText()).collect(Collectors.toSet());
        assertEquals(running, answered, "every 201 is a running placement, and every one was answered, " + why);
        assertEquals(made, ApplicationOutbox.count("select count(*) from placement where offer_id = ?1", offer), why);
        assertEquals(
                made,
                ApplicationOutbox.count(
                        "select count(*) from application where offer_id = ?1 and status = 'ACCEPTED'", offer),
                why);
        assertEquals(
                APPLICANTS - SEATS,
                ApplicationOutbox.count(
                        "select count(*) from application where offer_id = ?1 and status = 'OFFERED'", offer),
                "a refused acceptance changes nothing, " + why);
        Set<String> proposed = ApplicationOutbox.ofOffer(offer.toString()).stream()
                .filter(e -> e.type().equals("placement.proposed"))
                .map(ApplicationOutbox.Event::key)
                .collect(Collectors.toSet());
        assertEquals(made, proposed.size(), "one placement.proposed per placement, " + why);
        assertTrue(proposed.containsAll(answered), why);
        return answered.stream().map(UUID::fromString).toList();
    }
}
