package vn.practica.placement.offer;

/**
 * The kinds of contribution a business makes under a cooperation model, as catalog names them. For
 * {@code EXPERT_TEACHING} and {@code RESOURCE} the applicant will be a school for a course, not a student.
 */
public enum ContributionKind {
    REAL_PROJECT,
    INTERNSHIP,
    EXPERT_TEACHING,
    RESOURCE;

    /** Whether the applicant is a school for one of its courses (seats counted in courses), not a student. */
    public boolean addressesSchools() {
        return this == EXPERT_TEACHING || this == RESOURCE;
    }
}
