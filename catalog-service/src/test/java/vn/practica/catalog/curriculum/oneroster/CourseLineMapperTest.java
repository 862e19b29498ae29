package vn.practica.catalog.curriculum.oneroster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.curriculum.CourseRecord;
import vn.practica.catalog.curriculum.SyncStatus;

class CourseLineMapperTest {
    private static final String SCHOOL = "BKA";
    private static final Instant RECEIVED = Instant.parse("2026-11-28T22:00:00Z");

    private static CourseLines map(FileMode mode, String... lines) {
        CsvTable courses = CsvTable.of(
                "courses.csv",
                BundleZip.COURSES_HEADER + "\n" + String.join("\n", lines) + "\n",
                CourseLineMapper.REQUIRED_COLUMNS);
        CsvTable orgTable = CsvTable.of(
                "orgs.csv",
                BundleZip.ORGS_HEADER + "\nORG-1,,,Bách khoa,school,bka,\nORG-2,,,Khác,school,OTHER1,\n",
                OrgLines.REQUIRED_COLUMNS);
        OrgLines orgs = OrgLines.read(orgTable, new ArrayList<>());
        return new CourseLineMapper(courses, mode, RECEIVED, orgs, SCHOOL).mapLines();
    }

    @Test
    void mapsABulkLineToAnActiveCourseOfTheBundleTime() {
        CourseLines lines = map(FileMode.bulk, "C-1,,,SY-2026,\"Lập trình, cơ bản\",IT101,13,ORG-1,IT,");
        CourseRecord course = lines.records().get(0);
        assertEquals(
                new CourseRecord(
                        "C-1",
                        "IT101",
                        "Lập trình, cơ bản",
                        null,
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        SyncStatus.active,
                        RECEIVED),
                course);
        assertTrue(lines.errors().isEmpty());
        assertTrue(lines.complete());
    }

    @Test
    void fallsBackToTheSourcedIdWhenThereIsNoCourseCode() {
        assertEquals(
                "C-1",
                map(FileMode.bulk, "C-1,,,,Tên,,,ORG-1,,").records().get(0).code());
    }

    @Test
    void readsStatusAndOffsetTimesOfADeltaLine() {
        CourseRecord course = map(FileMode.delta, "C-1,tobedeleted,2026-10-01T07:00:00.000+07:00,,Tên,X1,,ORG-1,,")
                .records()
                .get(0);
        assertEquals(SyncStatus.tobedeleted, course.status());
        assertEquals(Instant.parse("2026-10-01T00:00:00Z"), course.dateLastModified());
    }

    @Test
    void requiresStatusAndTimeInADeltaFile() {
        CourseLines lines =
                map(FileMode.delta, "C-1,,2026-10-01T00:00:00Z,,Tên,X1,,ORG-1,,", "C-2,active,,,Tên,X2,,ORG-1,,");
        assertEquals(
                List.of(
                        new LineError("courses.csv", 2, "status must be active or tobedeleted in a delta file"),
                        new LineError("courses.csv", 3, "dateLastModified is required in a delta file")),
                lines.errors());
    }

    @Test
    void refusesTobedeletedAndBadTimesInABulkFile() {
        CourseLines lines = map(FileMode.bulk, "C-1,tobedeleted,,,Tên,X1,,ORG-1,,", "C-2,,yesterday,,Tên,X2,,ORG-1,,");
        assertEquals(2, lines.errors().size());
        assertEquals(Set.of("C-1", "C-2"), lines.mentionedSourcedIds());
    }

    @Test
    void refusesCoursesOfAnotherOrUnknownOrg() {
        CourseLines lines = map(FileMode.bulk, "C-1,,,,Tên,X1,,ORG-2,,", "C-2,,,,Tên,X2,,ORG-9,,", "C-3,,,,Tên,X3,,,,");
        assertEquals(
                List.of(
                        "org ORG-2 is not this school (identifier must be BKA)",
                        "org ORG-9 is not in orgs.csv of this bundle",
                        "orgSourcedId is required"),
                lines.errors().stream().map(LineError::message).toList());
    }

    @Test
    void aLineWithTheWrongFieldCountMakesTheFileIncomplete() {
        CourseLines lines = map(FileMode.bulk, "C-1,,,,Tên,X1,,ORG-1", "C-2,,,,Tên,X2,,ORG-1,,");
        assertEquals(2, lines.errors().get(0).line());
        assertFalse(lines.complete());
        assertEquals(1, lines.records().size());
    }

    @Test
    void leavesTheTitleCheckToTheSync() {
        assertNull(map(FileMode.bulk, "C-1,,,,,X1,,ORG-1,,").records().get(0).title());
    }
}
