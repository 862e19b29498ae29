package vn.practica.placement.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.application.ApplicationWorld.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;

/** A round's seats, taken for many offers in one statement: of each offer all the seats asked for, or none. */
@QuarkusTest
class OfferSeatServiceTest {
    @Inject
    OfferSeatService seats;

    @Test
    void takingSeatsOfSeveralOffersAtOnceTakesEachOffersWhollyOrLeavesItUntouched() {
        ApplicationWorld world = ApplicationWorld.announce("SEATS");
        UUID roomy = open(world, "roomy", 3);
        UUID exact = open(world, "exact", 2);
        UUID tight = open(world, "tight", 1);

        Set<UUID> taken = QuarkusTransaction.requiringNew()
                .call(() -> seats.takeSeats(new UUID[] {roomy, exact, tight}, new int[] {2, 2, 2}));

        assertEquals(Set.of(roomy, exact), taken);
        assertEquals(2, seatsTaken(roomy));
        assertEquals(2, seatsTaken(exact));
        assertEquals(0, seatsTaken(tight), "one seat free, two asked for: none taken");
    }

    private static UUID open(ApplicationWorld world, String ref, int seats) {
        return UUID.fromString(world.openOffer(
                "seats-" + ref + "-" + UUID.randomUUID().toString().substring(0, 6),
                with(world.offer("Dự án " + ref), "totalJobOpenings", seats)));
    }

    private static long seatsTaken(UUID offer) {
        return ApplicationOutbox.count("select seats_taken from offer where id = cast(?1 as uuid)", offer.toString());
    }
}
