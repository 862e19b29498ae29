package vn.practica.testkit;

import java.util.OptionalDouble;

/** Reads samples out of a {@code /q/metrics} scrape in the Prometheus text format. */
public final class PrometheusText {
    private PrometheusText() {}

    /**
     * The value of the first sample whose name is {@code name} and whose labels include every
     * {@code labels} entry, written as {@code key="value"}; empty when there is none.
     */
    public static OptionalDouble value(String scrape, String name, String... labels) {
        return scrape.lines()
                .filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .filter(line -> hasLabels(line, labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }

    /** The sample's value, or 0 when the series has not been written yet (a counter never incremented). */
    public static double valueOrZero(String scrape, String name, String... labels) {
        return value(scrape, name, labels).orElse(0);
    }

    private static boolean hasLabels(String line, String... labels) {
        int open = line.indexOf('{');
        String labelText = open < 0 ? "" : line.substring(open, line.lastIndexOf('}') + 1);
        for (String label : labels) {
            if (!labelText.contains(label)) {
                return false;
            }
        }
        return true;
    }
}
