package vn.practica.placement.placement;

/**
 * Who applies for, and then holds, a place: a student (internships, real projects), or a school for one of its
 * courses (expert teaching, resources), where seats are counted in courses.
 */
public enum ApplicantKind {
    STUDENT,
    SCHOOL
}
