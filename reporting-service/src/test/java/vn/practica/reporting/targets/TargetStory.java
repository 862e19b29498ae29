package vn.practica.reporting.targets;

import java.util.Map;
import java.util.UUID;
import vn.practica.events.Topics;
import vn.practica.reporting.PlacementEvents;
import vn.practica.reporting.PlacementEvents.Offer;
import vn.practica.reporting.PlacementEvents.Student;
import vn.practica.testkit.SampleEvents;

/**
 * A known 2025 in a field of its own (a fresh code, announced by catalog first), whose target progress
 * {@link TargetResourceTest} works out by hand. One business, one school; each student applies once.
 *
 * <ul>
 *   <li>HN: offer of 10 seats published 10 January; 7 students apply 1 February; 6 are placed 10 February.
 *   <li>DN: offer of 2 seats published 10 January; 2 students apply and are placed (fewer than k = 5).
 *   <li>HCM: offer of 5 seats published 10 January; 5 students apply and are placed.
 * </ul>
 *
 * So the field places 13 students in 2025: 6 in HN, 2 in DN (suppressed), 5 in HCM.
 */
final class TargetStory {
    static final int YEAR = 2025;
    final String field =
            "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    final UUID business = UUID.randomUUID();
    final UUID school = UUID.randomUUID();
    final PlacementEvents events = new PlacementEvents();

    TargetStory() {
        province("HN", 10, 7, 6);
        province("DN", 2, 2, 2);
        province("HCM", 5, 5, 5);
    }

    private void province(String province, int seats, int applicants, int placed) {
        Offer offer = Offer.of(business, field, province, seats);
        events.published(offer, "2025-01-10T02:00:00Z");
        for (int i = 0; i < applicants; i++) {
            Student student = Student.of(school);
            UUID application = UUID.randomUUID();
            events.applied(application, offer, student, "2025-02-01T02:00:00Z");
            if (i < placed) {
                events.placed(UUID.randomUUID(), application, offer, student, "2025-02-10T02:00:00Z");
            }
        }
    }

    /** The field first (targets name known fields only), then the placement events. */
    void send() {
        SampleEvents.send(
                Topics.CATALOG, SampleEvents.sample("catalog/field.created.v1.json", field, Map.of("code", field)));
        events.send();
    }
}
