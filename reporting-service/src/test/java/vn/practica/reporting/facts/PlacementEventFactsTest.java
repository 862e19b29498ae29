package vn.practica.reporting.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.placement.ApplicationEventData;
import vn.practica.events.placement.OfferEventData;
import vn.practica.events.placement.PlacementEventData;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.events.placement.StudentEventData;
import vn.practica.platform.inbox.MalformedEventException;

class PlacementEventFactsTest {
    private static final Instant AT = Instant.parse("2027-02-01T02:00:00Z");
    private static final String ID = UUID.randomUUID().toString();

    private static OfferEventData offer(String province, int seats, String status) {
        return new OfferEventData(
                ID,
                ID,
                "REF",
                status,
                "Title",
                "IT",
                List.of(),
                seats,
                "ONSITE",
                province,
                "2027-03-01",
                "2027-06-30",
                480,
                "2027-02-15",
                null,
                "INTERNSHIP",
                1,
                "INTERNSHIP",
                null,
                null,
                2);
    }

    private static ApplicationEventData application(String kind, String student, String to) {
        return new ApplicationEventData(
                ID,
                ID,
                ID,
                ID,
                kind,
                student,
                null,
                null,
                to,
                null,
                "IT",
                "HCM",
                "ONSITE",
                "INTERNSHIP",
                1,
                "INTERNSHIP",
                480,
                "2027-03-01",
                "2027-06-30",
                1);
    }

    private static PlacementEventData placement(String status) {
        return new PlacementEventData(
                ID,
                ID,
                ID,
                ID,
                ID,
                "STUDENT",
                ID,
                null,
                status,
                "STUDENT",
                "IT",
                null,
                "REMOTE",
                "INTERNSHIP",
                1,
                "INTERNSHIP",
                480,
                "2027-03-01",
                "2027-06-30",
                2);
    }

    @Test
    void anOfferKeepsItsTermsSeatsAndTime() {
        FactChange.OfferChange change = PlacementEventFacts.offer(offer("HCM", 5, "OPEN"), AT);

        assertEquals("HCM", change.terms().provinceCode());
        assertEquals(5, change.seats());
        assertEquals(AT, change.at());
        assertEquals(2, change.version());
    }

    @Test
    void aWithdrawalIsMarkedOnlyByItsOwnEventType() {
        ApplicationEventData data = application("STUDENT", ID, "WITHDRAWN");

        assertTrue(PlacementEventFacts.application(PlacementEventTypes.APPLICATION_WITHDRAWN, data, AT)
                .withdrawn());
        assertEquals(
                false,
                PlacementEventFacts.application(PlacementEventTypes.APPLICATION_STATUS_CHANGED, data, AT)
                        .withdrawn());
    }

    @Test
    void aSchoolsApplicationNamesNoStudent() {
        assertNull(PlacementEventFacts.application(
                        PlacementEventTypes.APPLICATION_SUBMITTED, application("SCHOOL", null, "SUBMITTED"), AT)
                .studentId());
        assertThrows(
                MalformedEventException.class,
                () -> PlacementEventFacts.application(
                        PlacementEventTypes.APPLICATION_SUBMITTED, application("SCHOOL", ID, "SUBMITTED"), AT));
        assertThrows(
                MalformedEventException.class,
                () -> PlacementEventFacts.application(
                        PlacementEventTypes.APPLICATION_SUBMITTED, application("STUDENT", null, "SUBMITTED"), AT));
    }

    @Test
    void aWithdrawnOrTerminatedPlacementHasEndedARunningOneHasNot() {
        assertTrue(PlacementEventFacts.placement(placement("WITHDRAWN"), AT).ended());
        assertTrue(PlacementEventFacts.placement(placement("TERMINATED"), AT).ended());
        assertEquals(
                false, PlacementEventFacts.placement(placement("PROPOSED"), AT).ended());
        assertNull(
                PlacementEventFacts.placement(placement("PROPOSED"), AT).terms().provinceCode());
    }

    @Test
    void dataOutsideTheContractIsMalformed() {
        assertThrows(MalformedEventException.class, () -> PlacementEventFacts.offer(offer("HCM", 0, "OPEN"), AT));
        assertThrows(MalformedEventException.class, () -> PlacementEventFacts.offer(offer("hcm", 5, "OPEN"), AT));
        assertThrows(MalformedEventException.class, () -> PlacementEventFacts.offer(offer("HCM", 5, "DRAFT"), AT));
        assertThrows(MalformedEventException.class, () -> PlacementEventFacts.placement(placement("LOST"), AT));
        assertThrows(
                MalformedEventException.class,
                () -> PlacementEventFacts.student(new StudentEventData(ID, "1-2-3-4-5", "P", 3, List.of(), 1), AT));
        assertThrows(
                MalformedEventException.class,
                () -> PlacementEventFacts.student(new StudentEventData(ID, ID, "P", 9, List.of(), 1), AT));
    }

    @Test
    void anEventWithoutATimeOrAtAnImpossibleOneIsMalformed() {
        assertThrows(MalformedEventException.class, () -> PlacementEventFacts.offer(offer("HCM", 5, "OPEN"), null));
        assertThrows(
                MalformedEventException.class,
                () -> PlacementEventFacts.offer(offer("HCM", 5, "OPEN"), Instant.parse("+10000-01-01T00:00:00Z")));
    }
}
