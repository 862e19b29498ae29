package vn.practica.placement.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.placement.offer.WorkMode;
import vn.practica.placement.placement.PlacementParty;
import vn.practica.placement.reference.CooperationAgreementTerms;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problem.FieldError;

/** The agreement's own rules, without Quarkus: periods, places, hours against the model, who edits what. */
class AgreementRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final CooperationAgreementTerms MODEL =
            new CooperationAgreementTerms("INTERNSHIP", 1, "Thực tập", "Internship", 120, 960, List.of());
    /** Thirteen weeks (91 days), 40 hours a week, 480 hours in all, remote. */
    static final AgreementContent CONTENT = new AgreementContent(
            TODAY.plusDays(30),
            TODAY.plusDays(120),
            40,
            480,
            WorkMode.REMOTE,
            null,
            List.of(UUID.randomUUID()),
            List.of(),
            null,
            null);

    @Test
    void spreadsTheOffersHoursEvenlyOverThePeriodsWeeksWithinFortyEightAWeek() {
        assertEquals(13, AgreementContent.weeks(CONTENT.startDate(), CONTENT.endDate()));
        assertEquals(1, AgreementContent.weeks(TODAY, TODAY));
        assertEquals(2, AgreementContent.weeks(TODAY, TODAY.plusDays(7)));
        assertEquals(37, AgreementContent.evenWeeklyHours(480, 13));
        assertEquals(48, AgreementContent.evenWeeklyHours(960, 2));
        assertEquals(1, AgreementContent.evenWeeklyHours(1, 52));
    }

    @Test
    void namesEveryMemberThatBreaksTheWholeAndAcceptsAConsistentOne() {
        assertEquals(List.of(), AgreementRules.contentProblems(CONTENT, CONTENT, TODAY));
        AgreementContent broken = new AgreementEdit(
                        TODAY.minusDays(1), TODAY.minusDays(2), null, null, WorkMode.ONSITE, null, null, null, null)
                .applyTo(CONTENT);
        List<String> members = AgreementRules.contentProblems(broken, CONTENT, TODAY).stream()
                .map(FieldError::field)
                .toList();
        assertEquals(List.of("body.endDate", "body.startDate", "body.provinceCode"), members);
    }

    @Test
    void aStartDayAlreadyPastIsKeptButNoneIsMovedIntoThePast() {
        AgreementContent late =
                new AgreementEdit(TODAY.minusDays(3), null, null, null, null, null, null, null, null).applyTo(CONTENT);
        assertEquals(List.of(), AgreementRules.contentProblems(late, late, TODAY));
        assertEquals(1, AgreementRules.contentProblems(late, CONTENT, TODAY).size());
    }

    @Test
    void datesOutsideTheSanityBoundsAreRefused() {
        AgreementContent far = new AgreementEdit(
                        null, LocalDate.of(9999, 12, 31), null, null, null, null, null, null, null)
                .applyTo(CONTENT);
        assertEquals(
                List.of("body.endDate"),
                AgreementRules.contentProblems(far, CONTENT, TODAY).stream()
                        .map(FieldError::field)
                        .toList());
    }

    @Test
    void remoteWorkDropsTheProvinceAndPlacedWorkKeepsIt() {
        AgreementContent onsite =
                new AgreementEdit(null, null, null, null, WorkMode.ONSITE, "HN", null, null, null).applyTo(CONTENT);
        assertEquals("HN", onsite.provinceCode());
        AgreementContent hybrid =
                new AgreementEdit(null, null, null, null, WorkMode.HYBRID, null, null, null, null).applyTo(onsite);
        assertEquals("HN", hybrid.provinceCode());
        AgreementContent remote =
                new AgreementEdit(null, null, null, null, WorkMode.REMOTE, null, null, null, null).applyTo(hybrid);
        assertEquals(null, remote.provinceCode());
        assertEquals(List.of(), AgreementRules.contentProblems(remote, hybrid, TODAY));
    }

    @Test
    void totalHoursOutsideTheModelsBoundsAreUnprocessableWithTheBounds() {
        for (int hours : new int[] {119, 961, 1, 10_000}) {
            AgreementContent c =
                    new AgreementEdit(null, null, 48, hours, null, null, null, null, null).applyTo(CONTENT);
            DomainException e = assertThrows(DomainException.class, () -> AgreementRules.requireHours(c, MODEL));
            assertEquals(AgreementProblems.HOURS_OUTSIDE_MODEL, e.type());
            assertEquals(120, e.extensions().get("minHours"));
            assertEquals(960, e.extensions().get("maxHours"));
        }
        AgreementRules.requireHours(CONTENT, MODEL);
    }

    @Test
    void totalHoursBeyondTheWeeklyHoursOverThePeriodAreUnprocessable() {
        AgreementContent tooMany =
                new AgreementEdit(null, null, 20, 261, null, null, null, null, null).applyTo(CONTENT);
        DomainException e = assertThrows(DomainException.class, () -> AgreementRules.requireHours(tooMany, MODEL));
        assertEquals(AgreementProblems.HOURS_EXCEED_PERIOD, e.type());
        assertEquals(260L, e.extensions().get("maxTotalHours"));
        AgreementRules.requireHours(
                new AgreementEdit(null, null, 20, 260, null, null, null, null, null).applyTo(CONTENT), MODEL);
    }

    @Test
    void theSchoolNamesTheSupervisorAndAddsObjectivesAndTheBusinessNamesTheMentor() {
        Person someone = new Person("sub", "Nguyễn Văn A");
        AgreementEdit supervisor = new AgreementEdit(null, null, null, null, null, null, someone, null, null);
        AgreementEdit mentor = new AgreementEdit(null, null, null, null, null, null, null, someone, null);
        AgreementEdit objectives = new AgreementEdit(null, null, null, null, null, null, null, null, List.of());
        AgreementEdit hours = new AgreementEdit(null, null, 30, null, null, null, null, null, null);
        AgreementRules.requireMayEdit(PlacementParty.SCHOOL, supervisor);
        AgreementRules.requireMayEdit(PlacementParty.SCHOOL, objectives);
        AgreementRules.requireMayEdit(PlacementParty.BUSINESS, mentor);
        for (PlacementParty party : PlacementParty.values()) {
            AgreementRules.requireMayEdit(party, hours);
        }
        for (var refused : List.of(
                List.of(PlacementParty.STUDENT, supervisor),
                List.of(PlacementParty.BUSINESS, supervisor),
                List.of(PlacementParty.STUDENT, objectives),
                List.of(PlacementParty.STUDENT, mentor),
                List.of(PlacementParty.SCHOOL, mentor))) {
            DomainException e = assertThrows(
                    DomainException.class,
                    () -> AgreementRules.requireMayEdit(
                            (PlacementParty) refused.get(0), (AgreementEdit) refused.get(1)));
            assertEquals(PlatformProblems.FORBIDDEN, e.type());
        }
    }

    @Test
    void aConfirmationNeedsBothTheSupervisorAndTheMentor() {
        DomainException e = assertThrows(DomainException.class, () -> AgreementRules.requireComplete(CONTENT));
        assertEquals(AgreementProblems.INCOMPLETE, e.type());
        assertTrue(e.getMessage().contains("schoolSupervisor") && e.getMessage().contains("businessMentor"));
        Person someone = new Person("sub", "Nguyễn Văn A");
        AgreementRules.requireComplete(
                new AgreementEdit(null, null, null, null, null, null, someone, someone, null).applyTo(CONTENT));
    }

    @Test
    void addedObjectivesAreKeptOnceAndNeverRepeatTheOffers() {
        UUID offered = CONTENT.offerItemIds().get(0);
        UUID added = UUID.randomUUID();
        AgreementContent c = new AgreementEdit(
                        null, null, null, null, null, null, null, null, List.of(added, offered, added))
                .applyTo(CONTENT);
        assertEquals(List.of(added), c.addedItemIds());
        assertEquals(List.of(offered, added), c.objectiveItemIds());
    }
}
