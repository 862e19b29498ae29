package vn.practica.placement.application;

/**
 * Who reads an application, which decides what they see: the applicant (the student, or the school for its
 * course) and the business read the motivation, the answers and a rejection's reason; the business also the
 * student's profile and competency coverage, and their contact once accepted; the student's school reads where
 * it stands and its student's own id; the State reads where it stands, nothing a person wrote.
 */
public enum ApplicationAudience {
    APPLICANT,
    BUSINESS,
    SCHOOL,
    STATE;

    /** Whether the motivation, answers and rejection reason are shown: to whom they were written and by whom. */
    boolean readsText() {
        return this == APPLICANT || this == BUSINESS;
    }
}
