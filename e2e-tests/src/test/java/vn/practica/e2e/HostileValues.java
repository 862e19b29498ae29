package vn.practica.e2e;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.practica.e2e.BadInputListing.ValueSpec;

/** The hostile values themselves, by kind of input. */
final class HostileValues {
    /** By name; tab and line breaks are text, these are not. */
    static final Map<String, String> CONTROL_CHARACTERS = new LinkedHashMap<>();

    static {
        CONTROL_CHARACTERS.put("NUL", "\u0000");
        CONTROL_CHARACTERS.put("BEL", "\u0007");
        CONTROL_CHARACTERS.put("ESC", "\u001b");
    }

    static final List<String> NOT_UUIDS = List.of("------------------------------------", "1-2-3-4-5", "x");

    /** Outside PostgreSQL's and our storable range. */
    static final List<String> EXTREME_TIMES = List.of("+1000000000-01-01T00:00:00Z", "-4713-01-01T00:00:00Z");

    /** Storable, but a "modified" time this far ahead would outrank every later change. */
    static final String FAR_FUTURE = "9999-12-31T23:59:59Z";

    private static final List<String> EXTREME_NUMBERS = List.of("2147483647", "-1", "1e309", "99999999999999999999");

    private HostileValues() {}

    static List<String> times(ValueSpec spec) {
        List<String> times = new ArrayList<>(EXTREME_TIMES);
        if (spec.is("modified")) {
            times.add(FAR_FUTURE);
        }
        return times;
    }

    /** The extreme numbers outside the documented range, and the first number past each documented bound. */
    static List<String> numbers(ValueSpec spec) {
        Set<String> numbers = new LinkedHashSet<>(EXTREME_NUMBERS);
        if (spec.min() != null) {
            numbers.add(spec.min().subtract(BigDecimal.ONE).toPlainString());
        }
        if (spec.max() != null) {
            numbers.add(spec.max().add(BigDecimal.ONE).toPlainString());
        }
        numbers.removeIf(n -> spec.accepts(new BigDecimal(n)));
        return List.copyOf(numbers);
    }

    /** Query parameter values of each kind; control characters are added to every kind by the caller. */
    static List<String> forQuery(ValueSpec spec) {
        return switch (spec.kind()) {
            case "text" -> List.of(oversized(spec));
            case "int", "number" -> withNotANumber(numbers(spec));
            case "uuid" -> NOT_UUIDS;
            case "time", "modified" -> withNotATime(times(spec));
            case "cursor" -> List.of("x", "%%%", "A".repeat(600), forgedCursor());
            case "enum" -> List.of("NOT_A_VALUE");
            default -> throw new IllegalArgumentException("Unknown query parameter kind " + spec.kind());
        };
    }

    /** A value of the kind that is fine, for control characters to spoil. */
    static String plain(ValueSpec spec) {
        return switch (spec.kind()) {
            case "int", "number" -> spec.min() == null ? "1" : spec.min().toPlainString();
            case "uuid" -> "0b1d5000-0000-4000-8000-00000000beef";
            case "time", "modified" -> "2026-01-01T00:00:00Z";
            case "enum" -> spec.values().isEmpty() ? "A" : spec.values().get(0);
            default -> "abc";
        };
    }

    static String oversized(ValueSpec spec) {
        int length = spec.maxLength() == null ? JsonBodyVariants.UNDOCUMENTED_MAX_LENGTH : spec.maxLength();
        return "a".repeat(length + 1);
    }

    /** Readable in a test name: control characters escaped, long values cut. */
    static String printable(String value) {
        String escaped = escape(value);
        return escaped.length() <= 40 ? escaped : escaped.substring(0, 20) + "…(" + value.length() + " characters)";
    }

    /** Control characters written as Java escapes, so they show in reports. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /** A keyset cursor as this API encodes them, at a time no database stores. */
    private static String forgedCursor() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((EXTREME_TIMES.get(0) + "|00000000-0000-0000-0000-000000000000")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> withNotANumber(List<String> numbers) {
        List<String> values = new ArrayList<>(numbers);
        values.add("abc");
        return values;
    }

    private static List<String> withNotATime(List<String> times) {
        List<String> values = new ArrayList<>(times);
        values.add("not-a-time");
        return values;
    }
}
