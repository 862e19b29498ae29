package vn.practica.placement.logbook;

import vn.practica.placement.placement.PlacementParty;

/**
 * Who keeps a placement's logbook: for a student's placement the student records and the business's mentor
 * decides; for a school's course (EXPERT_TEACHING, RESOURCE) the business records the hours it delivered and the
 * school decides.
 */
public final class LogbookParts {
    private LogbookParts() {}

    public static PlacementParty recorder(boolean heldBySchool) {
        return heldBySchool ? PlacementParty.BUSINESS : PlacementParty.STUDENT;
    }

    public static PlacementParty approver(boolean heldBySchool) {
        return heldBySchool ? PlacementParty.SCHOOL : PlacementParty.BUSINESS;
    }
}
