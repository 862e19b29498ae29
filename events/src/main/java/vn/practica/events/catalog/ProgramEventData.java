package vn.practica.events.catalog;

/**
 * Data of program events: a school's programme after the change, keyed by its Practica id.
 *
 * @param sourcedId the school's own id for the programme (OneRoster {@code sourcedId})
 * @param level Vietnamese Qualifications Framework level, 1 to 8
 * @param status {@code active} or {@code tobedeleted} (OneRoster)
 */
public record ProgramEventData(
        String id,
        String schoolId,
        String sourcedId,
        String fieldCode,
        int level,
        String nameVi,
        String nameEn,
        Integer durationMonths,
        String status,
        long version) {}
