package vn.practica.placement.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.placement.offer.OfferEligibility;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem.FieldError;

/**
 * The rules of applications that need no database: which move starts from which status, when an offered
 * applicant must answer by, who an offer's eligibility admits, and answers matching questions. Plain Java.
 */
final class ApplicationRules {
    private ApplicationRules() {}

    /**
     * The status {@code move} leads to from {@code current} (the status as it stands today); a refusal naming the
     * current status otherwise. Accepting an offer that expired has a reason of its own.
     */
    static ApplicationStatus next(ApplicationStatus current, ApplicationMove move) {
        if (move == ApplicationMove.ACCEPT && current == ApplicationStatus.EXPIRED) {
            throw new DomainException(
                            ApplicationProblems.OFFER_EXPIRED,
                            "The offer was not accepted by its respondBy day; ask the business to offer again")
                    .with("applicationStatus", current.name());
        }
        if (!move.startsFrom(current)) {
            throw new DomainException(
                            ApplicationProblems.TRANSITION_NOT_ALLOWED,
                            "The application is " + current + "; only one that is "
                                    + move.from().stream().map(Enum::name).collect(Collectors.joining(" or "))
                                    + " can become " + move.target())
                    .with("applicationStatus", current.name());
        }
        return move.target();
    }

    /**
     * The last day an offered applicant may accept: the day the business asks for, or {@code defaultDays} from
     * today, and never after the work starts. Once the work has started nobody is offered a place any more.
     */
    static LocalDate respondBy(Optional<LocalDate> asked, LocalDate today, LocalDate jobStart, int defaultDays) {
        if (jobStart.isBefore(today)) {
            throw new DomainException(
                    ApplicationProblems.OFFER_STARTED,
                    "The work started on " + jobStart + "; applicants are no longer offered a place");
        }
        if (asked.isEmpty()) {
            LocalDate byDefault = today.plusDays(defaultDays);
            return byDefault.isAfter(jobStart) ? jobStart : byDefault;
        }
        LocalDate day = asked.get();
        if (day.isBefore(today)) {
            throw DomainException.invalid("body.respondBy", "must be today (" + today + ", Vietnam time) or later");
        }
        if (day.isAfter(jobStart)) {
            throw DomainException.invalid(
                    "body.respondBy", "must not be after the offer's jobStartDate " + jobStart + ": answer before it");
        }
        return day;
    }

    /**
     * Why the offer's eligibility does not admit an applicant of this school, programme and year; empty when it
     * does. A list the business left empty admits anyone; a school applying has no programme nor year, so only
     * the schools it lists apply to it.
     */
    static List<FieldError> eligibilityProblems(
            OfferEligibility eligibility, UUID schoolId, Optional<String> programSourcedId, Optional<Integer> year) {
        List<FieldError> problems = new ArrayList<>();
        if (!eligibility.schoolIds().isEmpty() && !eligibility.schoolIds().contains(schoolId)) {
            problems.add(new FieldError("eligibility.schoolIds", "the offer is open to students of other schools"));
        }
        if (programSourcedId.isPresent()
                && !eligibility.programSourcedIds().isEmpty()
                && !eligibility.programSourcedIds().contains(programSourcedId.get())) {
            problems.add(new FieldError(
                    "eligibility.programSourcedIds", "the offer is open to other programmes than yours"));
        }
        if (year.isPresent()
                && !eligibility.yearsOfStudy().isEmpty()
                && !eligibility.yearsOfStudy().contains(year.get())) {
            problems.add(new FieldError(
                    "eligibility.yearsOfStudy", "the offer is open to years " + eligibility.yearsOfStudy()));
        }
        return problems;
    }

    /** An application answers each of the offer's questions, in order: as many answers as questions. */
    static Optional<FieldError> answersProblem(List<String> questions, List<String> answers) {
        if (answers.size() == questions.size()) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(
                "body.answers",
                "must hold one answer per question of the offer, in order: " + questions.size() + " expected, "
                        + answers.size() + " sent"));
    }
}
