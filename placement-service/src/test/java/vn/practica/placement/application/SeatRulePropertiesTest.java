package vn.practica.placement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.placement.application.ConcurrentCalls.Answer;
import vn.practica.placement.placement.Requester;

/**
 * The seat rule as a property, over random interleavings of accepting, withdrawing placements and cancelling the
 * offer, all sent at once to the real service (seeded, the seed printed on failure). After every run: the seats
 * taken are exactly the running placements and never more than the seats; a cancelled offer holds no running
 * placement; every accepted answer is a placement; no placement belongs to an application that is not accepted;
 * nothing answers 5xx.
 */
@QuarkusTest
class SeatRulePropertiesTest {
    private static final int RUNS = 20;
    private static final int APPLICANTS = 8;
    private static final int MIN_OPERATIONS = 8;
    private static final int MAX_OPERATIONS = 24;
    private static final int MAX_JITTER_MILLIS = 20;
    private static final Answer SKIPPED = new Answer(0, JsonNodeFactory.instance.objectNode());
    /** What each operation may answer: anything else (a 5xx above all) breaks the property. */
    private static final Set<String> ACCEPT_ANSWERS =
            Set.of("201 ", "409 offer-full", "409 application-transition-not-allowed");

    private static final Set<String> WITHDRAW_ANSWERS = Set.of("0 ", "200 ", "409 placement-transition-not-allowed");
    private static final Set<String> CANCEL_ANSWERS = Set.of("200 ");

    @Inject
    ApplicationService applications;

    @Inject
    ApplicationLifecycleService lifecycle;

    private enum Kind {
        ACCEPT,
        WITHDRAW,
        CANCEL
    }

    /** One operation of a run: by an applicant (accept, withdraw by one of the parties) or the cancellation. */
    private record Operation(Kind kind, int applicant, int party, long jitterMillis) {}

    @Test
    void seatsTakenAreAlwaysTheRunningPlacementsWhateverTheInterleavingOfAcceptWithdrawAndCancel() throws Exception {
        long seed = Long.getLong("practica.test.seed", System.nanoTime());
        Random random = new Random(seed);
        ApplicationWorld world = ApplicationWorld.announce("PROP");
        List<Applicant> students = world.registerStudents("SV-PROP", APPLICANTS);
        ExecutorService pool = Executors.newFixedThreadPool(MAX_OPERATIONS);
        try {
            for (int run = 0; run < RUNS; run++) {
                String why = "seed " + seed + " (rerun with -Dpractica.test.seed=" + seed + "), run " + run;
                int seats = 1 + random.nextInt(3);
                String ref = "PROP-" + run;
                String offerId = world.openOffer(
                        ref, ApplicationWorld.with(world.offer("Thuộc tính " + run), "totalJobOpenings", seats));
                List<UUID> offered = offerPlaces(world, students, UUID.fromString(offerId));
                List<Operation> operations = operations(random);
                List<Callable<Answer>> calls = new ArrayList<>();
                for (Operation operation : operations) {
                    calls.add(call(world, students, offered, ref, operation));
                }
                List<Answer> answers = ConcurrentCalls.runTogether(pool, calls);
                assertAnswers(operations, answers, why + ", operations " + operations);
                assertSeatRule(offerId, seats, offered, operations, answers, why + ", operations " + operations);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Mostly acceptances and withdrawals, and now and then one cancellation among them. */
    private static List<Operation> operations(Random random) {
        int count = MIN_OPERATIONS + random.nextInt(MAX_OPERATIONS - MIN_OPERATIONS + 1);
        boolean cancels = random.nextInt(3) == 0;
        int cancelAt = random.nextInt(count);
        List<Operation> operations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long jitter = random.nextInt(MAX_JITTER_MILLIS + 1);
            Kind kind = cancels && i == cancelAt ? Kind.CANCEL : random.nextInt(5) < 3 ? Kind.ACCEPT : Kind.WITHDRAW;
            operations.add(new Operation(kind, random.nextInt(APPLICANTS), random.nextInt(3), jitter));
        }
        return operations;
    }

    private static Callable<Answer> call(
            ApplicationWorld world, List<Applicant> students, List<UUID> offered, String ref, Operation operation) {
        Applicant applicant = students.get(operation.applicant());
        UUID application = offered.get(operation.applicant());
        return () -> {
            Thread.sleep(operation.jitterMillis());
            return switch (operation.kind()) {
                case ACCEPT ->
                    ConcurrentCalls.post("/api/v1/applications/" + application + "/accept", applicant.token(), null);
                case CANCEL ->
                    ConcurrentCalls.post(
                            world.offerPath(ref) + "/cancel",
                            world.businessToken(),
                            Map.of("reason", "Huỷ giữa chừng"));
                case WITHDRAW -> withdraw(world, applicant, application, operation.party());
            };
        };
    }

    /** Withdraws the applicant's running placement, if there is one now, as the student, the school or the business. */
    private static Answer withdraw(ApplicationWorld world, Applicant applicant, UUID application, int party)
            throws Exception {
        List<String> running = ApplicationOutbox.texts(
                "select cast(id as text) from placement where application_id = ?1 and status = 'PROPOSED'",
                application);
        if (running.isEmpty()) {
            return SKIPPED;
        }
        String token = List.of(applicant.token(), world.schoolToken(), world.businessToken())
                .get(party);
        return ConcurrentCalls.post(
                "/api/v1/placements/" + running.get(0) + "/withdraw", token, Map.of("reason", "Rút giữa chừng"));
    }

    private List<UUID> offerPlaces(ApplicationWorld world, List<Applicant> students, UUID offerId) {
        Requester business = new Requester(
                false, Optional.of(world.business()), Optional.empty(), Optional.empty(), "business-user");
        return QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = new ArrayList<>();
            for (Applicant student : students) {
                Requester requester = new Requester(
                        false, Optional.empty(), Optional.empty(), Optional.of(student.login()), student.login());
                UUID id = applications
                        .applyToOffer(offerId, requester, new ApplicationDraft("Em muốn", List.of("Có"), null))
                        .application()
                        .id();
                lifecycle.offerApplication(id, business, Optional.empty(), OptionalLong.empty());
                ids.add(id);
            }
            return ids;
        });
    }

    private static void assertAnswers(List<Operation> operations, List<Answer> answers, String why) {
        for (int i = 0; i < operations.size(); i++) {
            Answer answer = answers.get(i);
            String outcome = answer.status() + " " + answer.problem();
            Set<String> allowed = switch (operations.get(i).kind()) {
                case ACCEPT -> ACCEPT_ANSWERS;
                case WITHDRAW -> WITHDRAW_ANSWERS;
                case CANCEL -> CANCEL_ANSWERS;
            };
            assertTrue(allowed.contains(outcome), operations.get(i) + " answered " + outcome + ", " + why);
        }
    }

    private static void assertSeatRule(
            String offerId,
            int seats,
            List<UUID> offered,
            List<Operation> operations,
            List<Answer> answers,
            String why) {
        UUID offer = UUID.fromString(offerId);
        long taken = ApplicationOutbox.count("select seats_taken from offer where id = ?1", offer);
        long running = ApplicationOutbox.count(
                "select count(*) from placement where offer_id = ?1 and status = 'PROPOSED'", offer);
        assertEquals(running, taken, "seats taken are the running placements, " + why);
        assertTrue(taken <= seats, "never more placements than seats, " + why);
        boolean cancelled =
                ApplicationOutbox.count("select count(*) from offer where id = ?1 and status = 'CANCELLED'", offer)
                        == 1;
        if (cancelled) {
            assertEquals(0, running, "a cancelled offer holds no running placement, " + why);
            assertEquals(
                    0,
                    ApplicationOutbox.count(
                            "select count(*) from application where offer_id = ?1"
                                    + " and status in ('SUBMITTED', 'SHORTLISTED', 'OFFERED')",
                            offer),
                    "a cancelled offer leaves no application open, " + why);
        }
        for (int i = 0; i < operations.size(); i++) {
            if (operations.get(i).kind() == Kind.ACCEPT && answers.get(i).status() == 201) {
                UUID placement =
                        UUID.fromString(answers.get(i).body().path("id").asText());
                assertEquals(
                        1,
                        ApplicationOutbox.count(
                                "select count(*) from placement where id = ?1 and application_id = ?2",
                                placement,
                                offered.get(operations.get(i).applicant())),
                        "every 201 accept is a placement of that application, " + why);
            }
        }
        assertEquals(
                0,
                ApplicationOutbox.count(
                        "select count(*) from placement p join application a on a.id = p.application_id"
                                + " where p.offer_id = ?1 and a.status <> 'ACCEPTED'",
                        offer),
                "no placement for an application that is not accepted, " + why);
        long placements = ApplicationOutbox.count("select count(*) from placement where offer_id = ?1", offer);
        long proposedEvents = ApplicationOutbox.typesOf(offerId).stream()
                .filter("placement.proposed"::equals)
                .count();
        assertEquals(placements, proposedEvents, "one placement.proposed per placement, " + why);
    }
}
