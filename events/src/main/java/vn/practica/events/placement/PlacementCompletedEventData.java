package vn.practica.events.placement;

import java.math.BigDecimal;
import java.util.List;

/**
 * Data of {@code placement.completed}: what a finished placement adds up to, pseudonymous and without a word anyone
 * wrote. Scores are means of the evaluators' 1 to 5 scores of each learning objective (the business's mentor and
 * the school's supervisor; for a school's course the school alone).
 *
 * @param placementId the placement's id in placement-service; also the record key and {@code ce_subject}
 * @param offerId the offer whose seat the placement used
 * @param businessId the business that hosted the work
 * @param schoolId the student's school, or the school whose course it was for
 * @param applicantKind {@code STUDENT} or {@code SCHOOL}
 * @param studentId the student's pseudonymous id, as in student events; null for a school's course
 * @param fieldCode the offer's field of practical work
 * @param provinceCode where the work was done; null for remote work
 * @param cooperationModelCode the State's cooperation model the agreement was made under
 * @param cooperationModelVersion that model's version
 * @param contributionKind {@code INTERNSHIP}, {@code REAL_PROJECT}, {@code EXPERT_TEACHING} or {@code RESOURCE}
 * @param agreedHours the total hours the agreement set
 * @param approvedHours the logbook's approved hours, at least the agreed hours
 * @param itemScores one per learning objective, in the agreement's order
 * @param completedOn the day it completed, ISO date (Vietnam time)
 * @param version the placement's version after completing; increasing per placement
 */
public record PlacementCompletedEventData(
        String placementId,
        String offerId,
        String businessId,
        String schoolId,
        String applicantKind,
        String studentId,
        String fieldCode,
        String provinceCode,
        String cooperationModelCode,
        long cooperationModelVersion,
        String contributionKind,
        int agreedHours,
        BigDecimal approvedHours,
        List<ItemScore> itemScores,
        String completedOn,
        long version) {

    /** The mean score of one learning objective (a competency item), 1 to 5, two decimals. */
    public record ItemScore(String itemId, BigDecimal meanScore) {}
}
