package vn.practica.catalog.cooperation;

/** How a business takes part in training under a cooperation model (the programme's four kinds). */
public enum ContributionKind {
    /** Students work on a real problem of the business within a course. */
    REAL_PROJECT,
    /** Students work at the business for a set period. */
    INTERNSHIP,
    /** A business expert co-teaches a school course. */
    EXPERT_TEACHING,
    /** Tools, platforms or data the business provides for a course. */
    RESOURCE
}
