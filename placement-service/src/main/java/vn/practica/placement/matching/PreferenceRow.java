package vn.practica.placement.matching;

import java.util.UUID;

/**
 * One ranked choice as uploaded: the student by their school and the school's own id of them (sourcedId), the
 * rank (1 is the most wanted) and the offer; {@code line} is where it came from, for the row's error.
 */
record PreferenceRow(long line, UUID schoolId, String studentSourcedId, int rank, UUID offerId) {}
