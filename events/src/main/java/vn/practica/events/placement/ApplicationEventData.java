package vn.practica.events.placement;

/**
 * Data of every application event: who applied to which offer (pseudonymously), the move, and the offer's terms
 * reporting counts by (field, province, work mode, cooperation model, kind, hours, dates). The motivation, the
 * answers, a rejection's reason and anything else written by a person stay in placement-service.
 *
 * @param applicationId the application's id in placement-service; also the record key and {@code ce_subject}
 * @param offerId the offer applied to
 * @param businessId the business that posts the offer
 * @param schoolId the student's school, or the applying school for a course
 * @param applicantKind {@code STUDENT} (internships, real projects) or {@code SCHOOL} (expert teaching,
 *     resources: a school applies for one of its courses)
 * @param studentId the student's pseudonymous id, as in student events; null for a school's application
 * @param courseSourcedId the school's own id of the course applied for; null for a student's application
 * @param fromStatus the status before the move; null in {@code application.submitted}
 * @param toStatus the status after it: {@code SUBMITTED}, {@code SHORTLISTED}, {@code OFFERED}, {@code ACCEPTED},
 *     {@code DECLINED}, {@code REJECTED}, {@code WITHDRAWN}, {@code EXPIRED} or {@code CANCELLED}
 * @param respondBy the last day (Vietnam time) an offered applicant may accept; null unless offered
 * @param fieldCode the offer's field of practical work
 * @param provinceCode where the work is done; null for remote work
 * @param workMode {@code ONSITE}, {@code REMOTE} or {@code HYBRID}
 * @param cooperationModelCode the State's cooperation model the offer follows
 * @param cooperationModelVersion the version of that model the offer was made under
 * @param contributionKind {@code INTERNSHIP}, {@code REAL_PROJECT}, {@code EXPERT_TEACHING} or {@code RESOURCE}
 * @param expectedHours hours of work over the whole offer
 * @param jobStartDate ISO date (yyyy-MM-dd), as every date here
 * @param jobEndDate not before the start
 * @param version increasing per application, starting at 1
 */
public record ApplicationEventData(
        String applicationId,
        String offerId,
        String businessId,
        String schoolId,
        String applicantKind,
        String studentId,
        String courseSourcedId,
        String fromStatus,
        String toStatus,
        String respondBy,
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
