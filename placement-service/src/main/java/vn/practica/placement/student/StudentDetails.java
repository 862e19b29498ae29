package vn.practica.placement.student;

import java.util.List;
import java.util.UUID;

/**
 * A student as other features of placement-service (applications, placements) see them: who they are, where
 * they study and what they wrote about themselves. It never leaves the service whole: each feature shows the
 * parts its reader may see, and events carry only the {@code pseudonym}.
 */
public record StudentDetails(
        UUID id,
        UUID pseudonym,
        UUID schoolId,
        String sourcedId,
        String programSourcedId,
        int yearOfStudy,
        List<String> fieldInterests,
        String cvSummary,
        List<String> links,
        String givenName,
        String familyName,
        String email,
        String phone,
        String credentialDid) {

    static StudentDetails of(Student s) {
        return new StudentDetails(
                s.id(),
                s.pseudonym(),
                s.schoolId(),
                s.sourcedId(),
                s.programSourcedId(),
                s.yearOfStudy(),
                s.fieldInterests(),
                s.cvSummary(),
                s.links(),
                s.givenName(),
                s.familyName(),
                s.email(),
                s.phone(),
                s.credentialDid());
    }
}
