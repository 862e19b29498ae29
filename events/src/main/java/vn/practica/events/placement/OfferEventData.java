package vn.practica.events.placement;

import java.util.List;

/**
 * Data of every offer event: the offer as it is after the change, in schema.org {@code JobPosting} terms where
 * they fit. Mentors (business users) and the questions for applicants stay in placement-service; the
 * description is left out to keep events small (read it from the API).
 *
 * @param offerId the offer's id in placement-service; also the record key and {@code ce_subject}
 * @param businessId the business that posts the offer (a directory organization id)
 * @param externalRef the business's own stable id of the offer
 * @param status {@code OPEN}, {@code CLOSED} or {@code CANCELLED} (drafts emit nothing)
 * @param fieldCode the field of practical work
 * @param competencyItemIds CASE item ids the offer requires, sorted
 * @param totalJobOpenings seats, 1 to 10,000
 * @param workMode {@code ONSITE}, {@code REMOTE} or {@code HYBRID}
 * @param provinceCode where the work is done; null for {@code REMOTE}
 * @param jobStartDate ISO date (yyyy-MM-dd), as every date here
 * @param jobEndDate not before the start
 * @param expectedHours hours of work over the whole offer, within the cooperation model's bounds
 * @param validThrough the last day applications are taken (Vietnam time), not after the start
 * @param stipendVnd monthly stipend in VND; null when none is offered
 * @param cooperationModelCode the State's cooperation model the offer follows
 * @param cooperationModelVersion the version of that model the offer was made under
 * @param contributionKind {@code INTERNSHIP}, {@code REAL_PROJECT}, {@code EXPERT_TEACHING} or {@code RESOURCE}
 * @param eligibility who may apply; empty lists mean anyone
 * @param cancelReason why the business cancelled; only in {@code offer.cancelled}, otherwise null
 * @param version increasing per offer; may skip numbers (draft changes emit nothing)
 */
public record OfferEventData(
        String offerId,
        String businessId,
        String externalRef,
        String status,
        String title,
        String fieldCode,
        List<String> competencyItemIds,
        int totalJobOpenings,
        String workMode,
        String provinceCode,
        String jobStartDate,
        String jobEndDate,
        int expectedHours,
        String validThrough,
        Long stipendVnd,
        String cooperationModelCode,
        long cooperationModelVersion,
        String contributionKind,
        Eligibility eligibility,
        String cancelReason,
        long version) {

    /**
     * Who may apply: students of these schools, in these programmes (the schools' sourcedIds), in these years
     * of study; each list empty when it does not restrict.
     */
    public record Eligibility(List<String> schoolIds, List<String> programSourcedIds, List<Integer> yearsOfStudy) {}
}
