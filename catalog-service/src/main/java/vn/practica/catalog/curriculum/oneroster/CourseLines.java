package vn.practica.catalog.curriculum.oneroster;

import java.util.List;
import java.util.Set;
import vn.practica.catalog.curriculum.CourseRecord;

/**
 * What {@code courses.csv} yielded: rows for the sync, lines that could not become rows, every sourcedId the
 * file mentions (even on a bad line), and whether every line could at least be identified.
 */
public record CourseLines(
        List<CourseRecord> records, List<LineError> errors, Set<String> mentionedSourcedIds, boolean complete) {}
