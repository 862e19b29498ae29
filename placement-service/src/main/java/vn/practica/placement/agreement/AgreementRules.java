package vn.practica.placement.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.practica.placement.offer.WorkMode;
import vn.practica.placement.placement.PlacementParty;
import vn.practica.placement.reference.CooperationAgreementTerms;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problem.FieldError;

/**
 * The rules an agreement keeps, named by member as a party sends them ({@code body.endDate}). Plain Java: single
 * members' bounds are the request's validation; names known elsewhere (mentors, competency items) the service's.
 */
final class AgreementRules {
    private AgreementRules() {}

    /**
     * What is wrong with {@code next} as a whole, on {@code today}; a start day moved into the past is refused,
     * one already past and left alone is not (the sweep starts it once agreed).
     */
    static List<FieldError> contentProblems(AgreementContent next, AgreementContent current, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        date("startDate", next.startDate(), problems);
        date("endDate", next.endDate(), problems);
        if (next.endDate().isBefore(next.startDate())) {
            problems.add(new FieldError("body.endDate", "must not be before startDate " + next.startDate()));
        }
        if (!next.startDate().equals(current.startDate()) && next.startDate().isBefore(today)) {
            problems.add(new FieldError("body.startDate", next.startDate() + " is in the past"));
        }
        boolean remote = next.workMode() == WorkMode.REMOTE;
        if (remote && next.provinceCode() != null) {
            problems.add(new FieldError("body.provinceCode", "must be absent for REMOTE work"));
        }
        if (!remote && next.provinceCode() == null) {
            problems.add(new FieldError("body.provinceCode", "is required for " + next.workMode() + " work"));
        }
        return problems;
    }

    /**
     * The hours hold together: the total within the cooperation model's bounds, and no more than the weekly
     * hours over the period's weeks give.
     */
    static void requireHours(AgreementContent content, CooperationAgreementTerms model) {
        if (!model.hoursWithin(content.totalHours())) {
            throw new DomainException(
                            AgreementProblems.HOURS_OUTSIDE_MODEL,
                            "totalHours " + content.totalHours() + " is outside " + model.minHours() + " to "
                                    + model.maxHours() + ", the bounds of cooperation model " + model.code()
                                    + " (version " + model.version() + ")")
                    .with("minHours", model.minHours())
                    .with("maxHours", model.maxHours());
        }
        long reachable = content.weeklyHours() * content.weeks();
        if (content.totalHours() > reachable) {
            throw new DomainException(
                            AgreementProblems.HOURS_EXCEED_PERIOD,
                            "totalHours " + content.totalHours() + " exceed " + reachable + ": "
                                    + content.weeklyHours() + " hours a week over " + content.weeks() + " weeks from "
                                    + content.startDate() + " to " + content.endDate())
                    .with("maxTotalHours", reachable);
        }
    }

    /** The school names its supervisor and adds objectives, the business names its mentor; the rest anyone. */
    static void requireMayEdit(PlacementParty party, AgreementEdit edit) {
        if (party != PlacementParty.SCHOOL && (edit.supervisor() != null || edit.addedItemIds() != null)) {
            throw new DomainException(
                    PlatformProblems.FORBIDDEN, "Only the school names the supervisor and adds learning objectives");
        }
        if (party != PlacementParty.BUSINESS && edit.mentor() != null) {
            throw new DomainException(PlatformProblems.FORBIDDEN, "Only the business names the mentor");
        }
    }

    /** A confirmation binds a complete agreement: both the supervisor and the mentor are named. */
    static void requireComplete(AgreementContent content) {
        if (!content.complete()) {
            List<String> missing = new ArrayList<>();
            if (content.supervisor() == null) {
                missing.add("schoolSupervisor (the school names one)");
            }
            if (content.mentor() == null) {
                missing.add("businessMentor (the business names one of the offer's mentors)");
            }
            throw new DomainException(
                    AgreementProblems.INCOMPLETE, "Name " + String.join(" and ", missing) + " before confirming");
        }
    }

    private static void date(String member, LocalDate date, List<FieldError> problems) {
        if (date.isBefore(AgreementLimits.EARLIEST_DATE) || date.isAfter(AgreementLimits.LATEST_DATE)) {
            problems.add(new FieldError(
                    "body." + member,
                    "must be between " + AgreementLimits.EARLIEST_DATE + " and " + AgreementLimits.LATEST_DATE));
        }
    }
}
