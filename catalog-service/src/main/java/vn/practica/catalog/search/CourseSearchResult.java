package vn.practica.catalog.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A course found by search, with the active programmes it belongs to. */
public record CourseSearchResult(
        UUID id,
        UUID schoolId,
        String schoolName,
        String code,
        String title,
        BigDecimal credits,
        Integer practicalHours,
        List<ProgramRef> programs) {

    /** A programme of a course: enough to show and filter, not the whole programme. */
    public record ProgramRef(UUID id, String name, String field, int level) {}

    CourseSearchResult withPrograms(List<ProgramRef> refs) {
        return new CourseSearchResult(id, schoolId, schoolName, code, title, credits, practicalHours, refs);
    }
}
