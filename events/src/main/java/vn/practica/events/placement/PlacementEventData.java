package vn.practica.events.placement;

/**
 * Data of every placement event: the placement as it is after the change, pseudonymous, with the offer's terms
 * reporting counts by. Reasons for a withdrawal and anything else written by a person stay in placement-service.
 *
 * @param placementId the placement's id in placement-service; also the record key and {@code ce_subject}
 * @param applicationId the accepted application the placement came from
 * @param offerId the offer whose seat the placement holds (or held)
 * @param businessId the business that posts the offer
 * @param schoolId the student's school, or the school whose course the placement is for
 * @param applicantKind {@code STUDENT} or {@code SCHOOL}
 * @param studentId the student's pseudonymous id, as in student events; null for a school's course
 * @param courseSourcedId the school's own id of the course; null for a student
 * @param status {@code PROPOSED} (entering the agreement), {@code AGREED} (all three parties confirmed it),
 *     {@code ACTIVE} (the work began), {@code WITHDRAWN} or {@code TERMINATED}; {@code COMPLETED} follows with
 *     logbooks and evaluations
 * @param endedBy who ended it: {@code STUDENT}, {@code SCHOOL} or {@code BUSINESS} (a cancelled offer ends its
 *     placements as the business); null while it runs
 * @param fieldCode the offer's field of practical work
 * @param provinceCode where the work is done; null for remote work
 * @param workMode {@code ONSITE}, {@code REMOTE} or {@code HYBRID}
 * @param cooperationModelCode the State's cooperation model the offer follows
 * @param cooperationModelVersion the version of that model the offer was made under
 * @param contributionKind {@code INTERNSHIP}, {@code REAL_PROJECT}, {@code EXPERT_TEACHING} or {@code RESOURCE}
 * @param expectedHours hours of work over the whole offer (the agreement's own hours and dates stay in
 *     placement-service)
 * @param jobStartDate ISO date (yyyy-MM-dd), as every date here
 * @param jobEndDate not before the start
 * @param version increasing per placement, starting at 1
 */
public record PlacementEventData(
        String placementId,
        String applicationId,
        String offerId,
        String businessId,
        String schoolId,
        String applicantKind,
        String studentId,
        String courseSourcedId,
        String status,
        String endedBy,
        String fieldCode,
        String provinceCode,
        String workMode,
        String cooperationModelCode,
        long cooperationModelVersion,
        String contributionKind,
        int expectedHours,
        String jobStartDate,
        String jobEndDate,
        long version) {}
