package vn.practica.placement.placement;

/** The parties to a placement, who may end it early: the student, the school, the business. */
public enum PlacementParty {
    STUDENT,
    SCHOOL,
    BUSINESS
}
