package vn.practica.devkit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person reads when a service dies (at the launcher's console, or in a CI run's output, which keeps no
 * service logs): which one, how it ended, the likely cause and its log's last lines.
 */
public final class ServiceExitReport {
    static final int TAIL_LINES = 25;

    /** Enough for {@link #TAIL_LINES} lines of a stack trace, without reading a log of hundreds of megabytes. */
    private static final int TAIL_BYTES = 64 * 1024;

    private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at .*|\\.\\.\\. \\d+ more)");
    private static final Pattern ERROR_LEVEL = Pattern.compile("(^|\\s)ERROR\\s");

    private ServiceExitReport() {}

    /** @param shownLog the log's path as the user sees it from the repository root */
    public static String describe(String service, long pid, int exitCode, Path log, String shownLog) {
        return describe(service, pid, exitCode, shownLog, tail(log));
    }

    static String describe(String service, long pid, int exitCode, String shownLog, List<String> tail) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder()
                .append(String.format(Locale.ROOT, "%s (pid %d) %s.", service, pid, howItEnded(exitCode)))
                .append(nl);
        cause(tail).ifPresent(cause -> text.append("Cause: ").append(cause).append(nl));
        if (tail.isEmpty()) {
            return text.append("Its log ").append(shownLog).append(" is empty.").toString();
        }
        text.append("Last lines of ")
                .append(shownLog)
                .append(" (stack frames left out):")
                .append(nl);
        tail.forEach(line -> text.append("  | ").append(line).append(nl));
        return text.toString().stripTrailing();
    }

    /** Exit codes above 128 are 128 + the signal that ended the process (as shells report them). */
    static String howItEnded(int exitCode) {
        return switch (exitCode) {
            case 137 -> "was killed (exit code 137, SIGKILL: kill -9 or the kernel's out-of-memory killer)";
            case 143 -> "was terminated (exit code 143, SIGTERM)";
            case 130 -> "was interrupted (exit code 130, SIGINT)";
            default ->
                exitCode > 128
                        ? "was ended by signal " + (exitCode - 128) + " (exit code " + exitCode + ")"
                        : "exited with code " + exitCode;
        };
    }

    /**
     * The last ERROR line or root cause in the tail: Quarkus logs "Failed to start application" with the
     * reason, and a Java stack trace ends with its deepest "Caused by".
     */
    static Optional<String> cause(List<String> tail) {
        for (int i = tail.size() - 1; i >= 0; i--) {
            String line = tail.get(i).strip();
            if (line.startsWith("Caused by:")
                    || ERROR_LEVEL.matcher(line).find()
                    || line.startsWith("Exception in thread")) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** The log's last {@value #TAIL_LINES} lines that are not stack frames, oldest first. */
    static List<String> tail(Path log) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            if (start > 0 && !lines.isEmpty()) {
                lines = lines.subList(1, lines.size()); // the first line was cut in the middle
            }
            // Stack frames crowd out the messages that say what went wrong; the full trace stays in the log.
            lines = lines.stream()
                    .filter(line ->
                            !line.isBlank() && !STACK_FRAME.matcher(line).matches())
                    .toList();
            return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        } catch (IOException e) {
            return List.of("(could not read " + log + ": " + e.getMessage() + ")");
        }
    }
}
