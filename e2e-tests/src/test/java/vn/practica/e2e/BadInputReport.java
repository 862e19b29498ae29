package vn.practica.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.practica.e2e.BadInputHttp.Answer;
import vn.practica.e2e.BadInputListing.Endpoint;

/** Every request of the suite with its answer, written to {@code target/bad-input-report.txt}. */
final class BadInputReport {
    private record Line(
            String endpoint, String label, int status, String answer, List<String> violations, Duration took) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Line> lines = new ArrayList<>();
    private final long started = System.nanoTime();

    synchronized void add(
            Endpoint endpoint, BadInputVariant variant, Answer answer, List<String> violations, Duration took) {
        lines.add(new Line(
                endpoint.name(), variant.label(), answer.status(), summary(answer), List.copyOf(violations), took));
    }

    /** A problem's type and detail, or the start of any other body. */
    private static String summary(Answer answer) {
        try {
            JsonNode body = JSON.readTree(answer.body());
            if (body != null && body.has("type")) {
                String type = body.path("type").asText().replace("https://practica.vn/problems/", "");
                String detail = body.path("errors").isEmpty()
                        ? body.path("detail").asText()
                        : body.path("errors").toString();
                return type + ": " + cut(detail, 160);
            }
        } catch (IOException e) {
            // not JSON: shown as text
        }
        return cut(answer.body() == null ? "" : answer.body(), 160);
    }

    private static String cut(String text, int length) {
        return HostileValues.escape(text.length() <= length ? text : text.substring(0, length) + "…");
    }

    void write(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        List<Line> failed =
                lines.stream().filter(l -> !l.violations().isEmpty()).toList();
        out.add(lines.size() + " requests in "
                + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s (setup excluded), " + failed.size()
                + " failed");
        out.add("statuses: " + statuses());
        out.add("");
        out.add("FAILED:");
        failed.forEach(l -> out.add(format(l)));
        out.add("");
        out.add("ALL:");
        lines.forEach(l -> out.add(format(l)));
        Files.createDirectories(file.getParent());
        Files.write(file, out, StandardCharsets.UTF_8);
        System.out.println(String.join(System.lineSeparator(), out.subList(0, 4 + failed.size())));
    }

    private Map<Integer, Integer> statuses() {
        Map<Integer, Integer> statuses = new TreeMap<>();
        lines.forEach(l -> statuses.merge(l.status(), 1, Integer::sum));
        return statuses;
    }

    private static String format(Line l) {
        return String.format(
                "%-60s | %-70s | %d | %5d ms | %s%s",
                l.endpoint(),
                l.label(),
                l.status(),
                l.took().toMillis(),
                l.answer(),
                l.violations().isEmpty() ? "" : " | FAILED: " + String.join("; ", l.violations()));
    }
}
