package vn.practica.placement.student;

import java.util.List;
import java.util.Objects;

/** A student as the school's SIS sends it, before the row rules have judged it. */
public record StudentRecord(
        String sourcedId,
        String programSourcedId,
        Integer yearOfStudy,
        String givenName,
        String familyName,
        String email,
        String phone,
        String loginSubject,
        List<String> fieldInterests) {

    /**
     * The values as stored, so the same row sent twice compares equal: text stripped, interests sorted and
     * without repeats. Only for a row the rules accepted.
     */
    StudentRecord normalized() {
        return new StudentRecord(
                sourcedId,
                programSourcedId,
                yearOfStudy,
                givenName.strip(),
                familyName.strip(),
                email.strip(),
                phone == null ? null : phone.strip(),
                loginSubject,
                FieldInterests.of(fieldInterests));
    }

    List<String> interests() {
        return fieldInterests == null ? List.of() : fieldInterests;
    }

    boolean hasLoginSubject() {
        return Objects.nonNull(loginSubject);
    }
}
