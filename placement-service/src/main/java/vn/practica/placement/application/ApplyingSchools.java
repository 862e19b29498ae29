package vn.practica.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.reference.curriculum.Course;
import vn.practica.reference.curriculum.CurriculumCoverage;
import vn.practica.reference.partner.Partner;
import vn.practica.reference.partner.PartnerProjection;

/**
 * Which schools apply for expert teaching and resources, judged by placement's copies of catalog's directory and
 * curricula: a verified school that is not suspended, for one of its active courses.
 */
@ApplicationScoped
class ApplyingSchools {
    private final PartnerProjection partners;
    private final CurriculumCoverage curricula;

    ApplyingSchools(PartnerProjection partners, CurriculumCoverage curricula) {
        this.partners = partners;
        this.curricula = curricula;
    }

    void requireApplyingSchool(UUID schoolId, String courseSourcedId) {
        Partner school = partners.findPartner(schoolId)
                .orElseThrow(() -> DomainException.notFound("No organization " + schoolId
                        + " is known to placement-service (catalog announces each one it registers)"));
        if (!school.isSchool()) {
            throw new DomainException(
                    ApplicationProblems.NOT_A_SCHOOL, "Organization " + schoolId + " is not a school");
        }
        if (school.isSuspended()) {
            throw new DomainException(
                    PlatformProblems.ORGANIZATION_SUSPENDED,
                    "School " + schoolId + " is suspended; it applies nowhere");
        }
        if (!school.isVerified()) {
            throw new DomainException(
                    ApplicationProblems.SCHOOL_NOT_VERIFIED,
                    "School " + schoolId + " is " + school.status() + "; it applies once verified");
        }
        if (courseSourcedId == null || courseSourcedId.isEmpty()) {
            throw DomainException.invalid(
                    "body.courseSourcedId", "is required: the sourcedId of your course the offer is for");
        }
        Course course = curricula
                .findCourse(schoolId, courseSourcedId)
                .orElseThrow(() -> DomainException.invalid(
                        "body.courseSourcedId", "is no course of your school that catalog has announced"));
        if (!course.active()) {
            throw DomainException.invalid("body.courseSourcedId", "is a course your school no longer runs");
        }
    }
}
