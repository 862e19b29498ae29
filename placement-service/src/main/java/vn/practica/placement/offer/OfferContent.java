package vn.practica.placement.offer;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a business says about an offer, as stored: text stripped, id lists sorted without repeats, absent
 * lists empty. Two contents are equal exactly when an upsert of one over the other changes nothing.
 *
 * @param seats {@code totalJobOpenings}
 * @param provinceCode null for remote work
 * @param expectedHours hours of work over the whole offer
 * @param validThrough the last day applications are taken, Vietnam time
 * @param stipendVnd monthly, null when none
 * @param mentorSubjects the {@code sub} of the business users who mentor, sorted
 * @param applicantQuestions in the order the business asks them
 */
public record OfferContent(
        String title,
        String description,
        String fieldCode,
        List<UUID> competencyItemIds,
        int seats,
        WorkMode workMode,
        String provinceCode,
        LocalDate jobStartDate,
        LocalDate jobEndDate,
        int expectedHours,
        LocalDate validThrough,
        Long stipendVnd,
        OfferEligibility eligibility,
        List<String> mentorSubjects,
        List<String> applicantQuestions,
        String cooperationModelCode,
        ContributionKind contributionKind) {

    public OfferContent {
        title = strip(title);
        description = strip(description);
        competencyItemIds = competencyItemIds == null
                ? List.of()
                : competencyItemIds.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        eligibility = eligibility == null ? OfferEligibility.ANYONE : eligibility;
        mentorSubjects = mentorSubjects == null
                ? List.of()
                : mentorSubjects.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        applicantQuestions = applicantQuestions == null
                ? List.of()
                : applicantQuestions.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .toList();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
