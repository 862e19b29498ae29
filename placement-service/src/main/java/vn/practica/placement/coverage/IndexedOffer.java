package vn.practica.placement.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An open offer as "for me" ranks and filters it: what it requires, until when it takes applications, where
 * and how the work is done and who may apply. Codes are the caller's (field and province codes, a work mode
 * number); {@code provinceCode} is null for remote work.
 */
public record IndexedOffer(
        UUID id,
        List<UUID> requiredItems,
        LocalDate validThrough,
        String fieldCode,
        String provinceCode,
        int workMode,
        Audience audience) {

    public IndexedOffer {
        requiredItems = List.copyOf(Set.copyOf(requiredItems));
    }

    /**
     * Who may apply: students of these schools, in these programmes (the schools' sourcedIds), in these years
     * of study; an empty set does not restrict.
     */
    public record Audience(Set<UUID> schoolIds, Set<String> programSourcedIds, Set<Integer> yearsOfStudy) {
        public static final Audience ANYONE = new Audience(Set.of(), Set.of(), Set.of());

        public Audience {
            schoolIds = Set.copyOf(schoolIds);
            programSourcedIds = Set.copyOf(programSourcedIds);
            yearsOfStudy = Set.copyOf(yearsOfStudy);
        }

        public boolean admits(Standing student) {
            return (schoolIds.isEmpty() || schoolIds.contains(student.schoolId()))
                    && (programSourcedIds.isEmpty() || programSourcedIds.contains(student.programSourcedId()))
                    && (yearsOfStudy.isEmpty() || yearsOfStudy.contains(student.yearOfStudy()));
        }

        boolean restricts() {
            return !(schoolIds.isEmpty() && programSourcedIds.isEmpty() && yearsOfStudy.isEmpty());
        }
    }

    /** What eligibility is judged by: the student's school, programme and year. */
    public record Standing(UUID schoolId, String programSourcedId, int yearOfStudy) {}
}
