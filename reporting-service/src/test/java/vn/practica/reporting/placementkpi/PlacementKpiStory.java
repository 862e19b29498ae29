package vn.practica.reporting.placementkpi;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.practica.reporting.PlacementEvents;
import vn.practica.reporting.PlacementEvents.Offer;
import vn.practica.reporting.PlacementEvents.Student;

/**
 * A known sequence of one business's placement events in 2027, whose KPIs are worked out by hand in
 * {@link PlacementKpiResourceTest}. Fresh ids each time, so stories never mix.
 *
 * <ul>
 *   <li>Q1: offer 1 (IT, HCM, 3 seats) published 10 January; six students of school A and one of school B apply
 *       on 1 February; A1 and A2 are placed on 11 February (10 days), A3 on 21 February (20 days); A4 withdraws
 *       the application on 15 February; A3's placement is withdrawn on 1 March.
 *   <li>Q2: offer 2 (TOURISM, HN, 2 seats) published 5 April; A1 applies on 10 April and is not placed.
 *   <li>Q3: offer 3 (IT, remote, 1 seat) published 1 July; five students of school B apply the same day; B2 is
 *       placed on 5 July (4 days); the offer is cancelled on 1 August, which terminates B2's placement.
 * </ul>
 */
final class PlacementKpiStory {
    final UUID business = UUID.randomUUID();
    final UUID schoolA = UUID.randomUUID();
    final UUID schoolB = UUID.randomUUID();
    final PlacementEvents events = new PlacementEvents();

    PlacementKpiStory() {
        Offer first = Offer.of(business, "IT", "HCM", 3);
        Offer second = Offer.of(business, "TOURISM", "HN", 2);
        Offer third = Offer.of(business, "IT", null, 1);
        List<Student> a = students(schoolA, 6);
        List<Student> b = students(schoolB, 6);

        events.published(first, "2027-01-10T02:00:00Z");
        List<UUID> firstApplications = new ArrayList<>();
        for (Student student : List.of(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5), b.get(0))) {
            UUID application = UUID.randomUUID();
            firstApplications.add(application);
            events.applied(application, first, student, "2027-02-01T02:00:00Z");
        }
        events.placed(UUID.randomUUID(), firstApplications.get(0), first, a.get(0), "2027-02-11T02:00:00Z");
        events.placed(UUID.randomUUID(), firstApplications.get(1), first, a.get(1), "2027-02-11T02:00:00Z");
        UUID withdrawnPlacement = UUID.randomUUID();
        events.placed(withdrawnPlacement, firstApplications.get(2), first, a.get(2), "2027-02-21T02:00:00Z");
        events.application(
                "withdrawn", firstApplications.get(3), first, a.get(3), "WITHDRAWN", 2, "2027-02-15T02:00:00Z");
        events.placement(
                "withdrawn",
                withdrawnPlacement,
                firstApplications.get(2),
                first,
                a.get(2),
                "WITHDRAWN",
                2,
                "2027-03-01T02:00:00Z");

        events.published(second, "2027-04-05T02:00:00Z");
        events.applied(UUID.randomUUID(), second, a.get(0), "2027-04-10T02:00:00Z");

        events.published(third, "2027-07-01T02:00:00Z");
        List<UUID> thirdApplications = new ArrayList<>();
        for (Student student : b.subList(1, 6)) {
            UUID application = UUID.randomUUID();
            thirdApplications.add(application);
            events.applied(application, third, student, "2027-07-01T03:00:00Z");
        }
        UUID terminated = UUID.randomUUID();
        events.placed(terminated, thirdApplications.get(0), third, b.get(1), "2027-07-05T03:00:00Z");
        events.cancelled(third, 2, "2027-08-01T02:00:00Z");
        events.placement(
                "terminated",
                terminated,
                thirdApplications.get(0),
                third,
                b.get(1),
                "TERMINATED",
                2,
                "2027-08-01T02:00:00Z");
    }

    private static List<Student> students(UUID school, int count) {
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            students.add(Student.of(school));
        }
        return students;
    }
}
