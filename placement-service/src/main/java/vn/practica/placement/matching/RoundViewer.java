package vn.practica.placement.matching;

import java.util.UUID;

/**
 * Who reads a round, as its visibility needs it: the State; a school, or a student by their school; a business.
 * A school's round is seen by the State, that school and its students, and the businesses with an offer in it.
 */
record RoundViewer(boolean state, UUID schoolId, UUID businessId) {}
