package vn.practica.catalog.curriculum.oneroster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.csv} of a OneRoster 1.2 CSV bundle ({@code propertyName,value}): the versions and, per
 * file, {@code bulk}, {@code delta} or {@code absent}. A file the manifest does not name counts as absent.
 */
public final class Manifest {
    public static final String FILE = "manifest.csv";
    private static final String FILE_PREFIX = "file.";

    private final Map<String, FileMode> modes;

    private Manifest(Map<String, FileMode> modes) {
        this.modes = modes;
    }

    /** Parses and checks the manifest; any problem makes the bundle unusable (422). */
    public static Manifest parse(String text) {
        CsvTable table = CsvTable.of(FILE, text, List.of("propertyName", "value"));
        Map<String, String> properties = new HashMap<>();
        for (CsvRecord row : table.rows()) {
            table.shapeProblem(row).ifPresent(p -> {
                throw CsvTable.unusable(FILE + " line " + row.line() + ": " + p);
            });
            table.value(row, "propertyName")
                    .ifPresent(name ->
                            properties.put(name, table.value(row, "value").orElse("")));
        }
        requireProperty(properties, "manifest.version", "1.0");
        requireProperty(properties, "oneroster.version", "1.2");
        return new Manifest(fileModes(properties));
    }

    private static void requireProperty(Map<String, String> properties, String name, String expected) {
        String actual = properties.get(name);
        if (!expected.equals(actual)) {
            throw CsvTable.unusable(FILE + ": " + name + " must be " + expected + ", found " + actual);
        }
    }

    private static Map<String, FileMode> fileModes(Map<String, String> properties) {
        Map<String, FileMode> modes = new HashMap<>();
        properties.forEach((name, value) -> {
            if (name.startsWith(FILE_PREFIX)) {
                modes.put(name.substring(FILE_PREFIX.length()) + ".csv", mode(name, value));
            }
        });
        return modes;
    }

    private static FileMode mode(String name, String value) {
        return Arrays.stream(FileMode.values())
                .filter(m -> m.name().equals(value))
                .findFirst()
                .orElseThrow(
                        () -> CsvTable.unusable(FILE + ": " + name + " must be bulk, delta or absent, found " + value));
    }

    /** The mode of a file by its name in the bundle, e.g. {@code courses.csv}. */
    public FileMode mode(String fileName) {
        return modes.getOrDefault(fileName, FileMode.absent);
    }
}
