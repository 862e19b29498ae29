package vn.practica.placement.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/**
 * Reads a preference upload line by line, never holding it whole: CSV (RFC 4180, the header
 * {@code schoolId,studentId,rank,offerId}) or NDJSON (one object a line with exactly those members). Each well-formed
 * row goes to the sink; a malformed one becomes a {@link RowError} (the first {@link RoundLimits#MAX_ROW_ERRORS}
 * kept, all counted). Blank lines are skipped. An NDJSON line that is not JSON at all (broken, duplicate keys,
 * trailing text, nested too deep) makes the upload a {@code malformed-body}, like any broken JSON body. Plain
 * Java.
 */
final class PreferenceUploadParser {
    static final String CSV_HEADER = "schoolId,studentId,rank,offerId";
    private static final Set<String> MEMBERS = Set.of("schoolId", "studentId", "rank", "offerId");
    private static final int SOURCED_ID = 255;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    enum Format {
        CSV,
        NDJSON
    }

    private final List<RowError> errors = new ArrayList<>();
    private long errorCount;
    private long rows;

    /** Reads every line; returns the rows handed to the sink. */
    long parse(BufferedReader reader, Format format, Consumer<PreferenceRow> sink) {
        try {
            long line = 0;
            if (format == Format.CSV) {
                String header = reader.readLine();
                if (header == null || !CSV_HEADER.equals(stripBom(header).strip())) {
                    error(0, "the first line must be the header " + CSV_HEADER);
                    return 0;
                }
            }
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                PreferenceRow row = format == Format.CSV ? csvRow(line, text) : jsonRow(line, text);
                if (row != null) {
                    rows++;
                    sink.accept(row);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<RowError> errors() {
        return errors;
    }

    long errorCount() {
        return errorCount;
    }

    private PreferenceRow csvRow(long line, String text) {
        List<String> fields = csvFields(text);
        if (fields == null || fields.size() != 4) {
            error(line, "must be 4 fields: " + CSV_HEADER);
            return null;
        }
        return row(line, fields.get(0), fields.get(1), fields.get(2), fields.get(3));
    }

    private PreferenceRow jsonRow(long line, String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // Not JSON at all: the document is broken, as a broken JSON body is, not a row that breaks a rule
            throw new DomainException(
                    PlatformProblems.MALFORMED_BODY, "Line " + line + " of the NDJSON upload is not well-formed JSON");
        }
        if (node == null || !node.isObject() || node.size() != MEMBERS.size()) {
            error(line, "must be an object with exactly schoolId, studentId, rank and offerId");
            return null;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!MEMBERS.contains(names.next())) {
                error(line, "must be an object with exactly schoolId, studentId, rank and offerId");
                return null;
            }
        }
        JsonNode rank = node.get("rank");
        if (!node.get("schoolId").isTextual()
                || !node.get("studentId").isTextual()
                || !node.get("offerId").isTextual()
                || !rank.isIntegralNumber()) {
            error(line, "schoolId, studentId and offerId must be strings, rank an integer");
            return null;
        }
        return row(
                line,
                node.get("schoolId").asText(),
                node.get("studentId").asText(),
                rank.canConvertToInt() ? Integer.toString(rank.intValue()) : "x",
                node.get("offerId").asText());
    }

    private PreferenceRow row(long line, String school, String student, String rank, String offer) {
        UUID schoolId = Uuids.parse(school);
        UUID offerId = Uuids.parse(offer);
        Integer rankValue = rank(rank);
        if (schoolId == null) {
            error(line, "schoolId must be a UUID");
        } else if (offerId == null) {
            error(line, "offerId must be a UUID");
        } else if (rankValue == null) {
            error(line, "rank must be a whole number from 1 to " + RoundLimits.MAX_CHOICE_CAP);
        } else if (student.isEmpty() || student.length() > SOURCED_ID || hasControl(student)) {
            error(line, "studentId must be the school's id of the student: 1-255 characters, no control characters");
        } else {
            return new PreferenceRow(line, schoolId, student, rankValue, offerId);
        }
        return null;
    }

    private void error(long line, String detail) {
        errorCount++;
        if (errors.size() < RoundLimits.MAX_ROW_ERRORS) {
            errors.add(new RowError(line, RowError.MALFORMED, detail));
        }
    }

    private static Integer rank(String text) {
        if (text.isEmpty() || text.length() > 2 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value >= 1 && value <= RoundLimits.MAX_CHOICE_CAP ? value : null;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD');
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    /** The fields of one RFC 4180 line; null when its quotes do not close. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>(4);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c != '\r' || i + 1 != line.length()) {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
