package vn.practica.events.placement;

import java.util.List;

/**
 * Data of every student event: what consumers may know of a student after the change, and nothing more. Name,
 * e-mail, phone, login subject, the school's student id and everything the student writes (CV, links) stay in
 * placement-service; the only id is a pseudonym.
 *
 * @param studentId the student's pseudonymous id: a random UUID (version 4) drawn at registration, not derived
 *     from any personal data; also the record key and {@code ce_subject}
 * @param schoolId the registering school (a directory organization id)
 * @param programSourcedId the school's own id of the student's programme, as in catalog's program events
 * @param yearOfStudy 1 for the first year of the programme, up to 8
 * @param fieldInterests codes of the fields of practical work the student is interested in, sorted
 * @param version increasing per student, starting at 1; may skip numbers (changes that emit no event)
 */
public record StudentEventData(
        String studentId,
        String schoolId,
        String programSourcedId,
        int yearOfStudy,
        List<String> fieldInterests,
        long version) {}
