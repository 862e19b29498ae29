package vn.practica.placement.placement;

import vn.practica.placement.student.StudentDetails;

/**
 * A placement as one reader sees it, with what that reader is shown beside it: the offer's title, and the
 * student (for the school and the business; null otherwise and for a school's course).
 */
public record PlacementView(
        PlacementDetails placement, PlacementAudience audience, String offerTitle, StudentDetails student) {}
