package vn.practica.placement.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.placement.offer.OfferEligibility;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problem.FieldError;

/** The application state machine and its plain rules, without Quarkus. */
class ApplicationRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);
    private static final LocalDate START = LocalDate.of(2027, 3, 1);
    private static final UUID SCHOOL = UUID.fromString("7a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b");
    private static final UUID OTHER_SCHOOL = UUID.fromString("0b1d5000-0000-4000-8000-000000000099");

    /** Every move and exactly the statuses it starts from; every other pair is refused. */
    private static final Map<ApplicationMove, Set<ApplicationStatus>> ALLOWED = Map.of(
            ApplicationMove.SHORTLIST, EnumSet.of(ApplicationStatus.SUBMITTED),
            ApplicationMove.OFFER, EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED),
            ApplicationMove.REJECT, open(),
            ApplicationMove.WITHDRAW, open(),
            ApplicationMove.DECLINE, EnumSet.of(ApplicationStatus.OFFERED),
            ApplicationMove.ACCEPT, EnumSet.of(ApplicationStatus.OFFERED),
            ApplicationMove.EXPIRE, EnumSet.of(ApplicationStatus.OFFERED),
            ApplicationMove.CANCEL, open());

    private static EnumSet<ApplicationStatus> open() {
        return EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED);
    }

    @Test
    void eachMoveStartsOnlyFromItsStatusesAndEndsInItsOwn() {
        assertEquals(EnumSet.allOf(ApplicationMove.class), EnumSet.copyOf(ALLOWED.keySet()));
        for (ApplicationMove move : ApplicationMove.values()) {
            for (ApplicationStatus status : ApplicationStatus.values()) {
                if (ALLOWED.get(move).contains(status)) {
                    assertEquals(move.target(), ApplicationRules.next(status, move), move + " from " + status);
                } else {
                    DomainException refused =
                            assertThrows(DomainException.class, () -> ApplicationRules.next(status, move));
                    boolean expiredAccept = move == ApplicationMove.ACCEPT && status == ApplicationStatus.EXPIRED;
                    assertEquals(
                            expiredAccept
                                    ? ApplicationProblems.OFFER_EXPIRED
                                    : ApplicationProblems.TRANSITION_NOT_ALLOWED,
                            refused.type(),
                            move + " from " + status);
                    assertEquals(status.name(), refused.extensions().get("applicationStatus"));
                }
            }
        }
    }

    @Test
    void onlySubmittedShortlistedAndOfferedAreOpenAndEveryClosedStatusIsFinal() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            assertEquals(open().contains(status), status.isOpen(), status.name());
            if (!status.isOpen()) {
                for (ApplicationMove move : ApplicationMove.values()) {
                    assertFalse(move.startsFrom(status), move + " from final " + status);
                }
            }
        }
    }

    @Test
    void anOfferNotAcceptedByItsRespondByDayHasExpiredBeforeAnySweep() {
        LocalDate respondBy = TODAY;
        assertEquals(
                ApplicationStatus.OFFERED, ApplicationStatus.effective(ApplicationStatus.OFFERED, respondBy, TODAY));
        assertEquals(
                ApplicationStatus.EXPIRED,
                ApplicationStatus.effective(ApplicationStatus.OFFERED, respondBy, TODAY.plusDays(1)));
        for (ApplicationStatus other : EnumSet.complementOf(EnumSet.of(ApplicationStatus.OFFERED))) {
            assertEquals(other, ApplicationStatus.effective(other, respondBy, TODAY.plusDays(30)));
        }
        DomainException late = assertThrows(
                DomainException.class,
                () -> ApplicationRules.next(
                        ApplicationStatus.effective(ApplicationStatus.OFFERED, respondBy, TODAY.plusDays(1)),
                        ApplicationMove.ACCEPT));
        assertEquals(ApplicationProblems.OFFER_EXPIRED, late.type());
    }

    @Test
    void respondByDefaultsToSevenDaysButNeverPassesTheStart() {
        assertEquals(TODAY.plusDays(7), ApplicationRules.respondBy(Optional.empty(), TODAY, START, 7));
        LocalDate soonStart = TODAY.plusDays(3);
        assertEquals(soonStart, ApplicationRules.respondBy(Optional.empty(), TODAY, soonStart, 7));
        assertEquals(TODAY, ApplicationRules.respondBy(Optional.of(TODAY), TODAY, START, 7));
        assertEquals(START, ApplicationRules.respondBy(Optional.of(START), TODAY, START, 7));
    }

    @Test
    void respondByInThePastOrAfterTheStartIsInvalidInput() {
        for (LocalDate bad :
                List.of(TODAY.minusDays(1), START.plusDays(1), LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))) {
            DomainException refused = assertThrows(
                    DomainException.class, () -> ApplicationRules.respondBy(Optional.of(bad), TODAY, START, 7));
            assertEquals(PlatformProblems.INVALID_REQUEST, refused.type(), bad.toString());
            assertEquals("body.respondBy", refused.errors().get(0).field());
        }
    }

    @Test
    void noPlaceIsOfferedOnceTheWorkHasStarted() {
        LocalDate started = TODAY.minusDays(1);
        for (Optional<LocalDate> asked : List.of(Optional.<LocalDate>empty(), Optional.of(TODAY))) {
            DomainException refused =
                    assertThrows(DomainException.class, () -> ApplicationRules.respondBy(asked, TODAY, started, 7));
            assertEquals(ApplicationProblems.OFFER_STARTED, refused.type());
        }
    }

    @Test
    void emptyEligibilityListsAdmitAnyoneAndEachListedOneMustMatch() {
        assertEquals(
                List.of(),
                ApplicationRules.eligibilityProblems(
                        OfferEligibility.ANYONE, SCHOOL, Optional.of("P-1"), Optional.of(1)));
        OfferEligibility strict = new OfferEligibility(List.of(SCHOOL), List.of("P-1"), List.of(3, 4));
        assertEquals(
                List.of(), ApplicationRules.eligibilityProblems(strict, SCHOOL, Optional.of("P-1"), Optional.of(3)));
        List<FieldError> all =
                ApplicationRules.eligibilityProblems(strict, OTHER_SCHOOL, Optional.of("P-2"), Optional.of(2));
        assertEquals(
                List.of("eligibility.schoolIds", "eligibility.programSourcedIds", "eligibility.yearsOfStudy"),
                all.stream().map(FieldError::field).toList());
        // A school applying for a course has no programme or year: only the schools listed apply to it
        assertEquals(
                List.of(), ApplicationRules.eligibilityProblems(strict, SCHOOL, Optional.empty(), Optional.empty()));
        assertEquals(
                1,
                ApplicationRules.eligibilityProblems(strict, OTHER_SCHOOL, Optional.empty(), Optional.empty())
                        .size());
    }

    @Test
    void anApplicationAnswersEveryQuestionOfTheOfferOnce() {
        List<String> questions = List.of("Vì sao?", "Khi nào?");
        assertTrue(ApplicationRules.answersProblem(questions, List.of("Vì thích", "Tháng 3"))
                .isEmpty());
        assertEquals(
                "body.answers",
                ApplicationRules.answersProblem(questions, List.of("Vì thích"))
                        .orElseThrow()
                        .field());
        assertTrue(ApplicationRules.answersProblem(List.of(), List.of()).isEmpty());
        assertTrue(ApplicationRules.answersProblem(List.of(), List.of("thừa")).isPresent());
    }
}
