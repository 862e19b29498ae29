package vn.practica.reporting.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One fact table's merge rule, written once and used twice: by the database, as the upsert's {@code on conflict}
 * clause, and by {@link FactRepository}, to fold a batch's several changes of one aggregate into one row first (one
 * statement may touch a row only once). The rule: the newest version's {@code versioned} columns win, the
 * {@code earliest} times keep the least, the {@code once} times keep the first set. It is idempotent and, but for
 * {@code once} times that differ between events (none do: a withdrawal or an end happens once), order-free, so a
 * redelivered or late event changes nothing.
 */
final class FactTable {
    private final String name;
    private final String key;
    private final List<String> versioned;
    private final List<String> earliest;
    private final List<String> once;
    private final List<String> columns;

    FactTable(String name, String key, List<String> versioned, List<String> earliest, List<String> once) {
        this.name = name;
        this.key = key;
        this.versioned = List.copyOf(versioned);
        this.earliest = List.copyOf(earliest);
        this.once = List.copyOf(once);
        this.columns = Stream.of(List.of(key), versioned, List.of("version"), earliest, once)
                .flatMap(List::stream)
                .toList();
    }

    /** The values a row holds, in this order: key, versioned columns, version, earliest times, once times. */
    List<String> columns() {
        return columns;
    }

    /** {@code later} folded into {@code earlier}, as the upsert would leave the row after both. */
    Object[] fold(Object[] earlier, Object[] later) {
        Object[] folded = earlier.clone();
        int version = 1 + versioned.size();
        if ((long) later[version] > (long) earlier[version]) {
            System.arraycopy(later, 1, folded, 1, versioned.size() + 1);
        }
        for (int i = version + 1; i <= version + earliest.size(); i++) {
            folded[i] = least((Instant) earlier[i], (Instant) later[i]);
        }
        for (int i = version + 1 + earliest.size(); i < folded.length; i++) {
            folded[i] = earlier[i] != null ? earlier[i] : later[i];
        }
        return folded;
    }

    /**
     * {@code insert ... select from unnest(?::text[], ...) on conflict do update}, each parameter one column of the
     * rows as text, cast back by {@code typed}.
     */
    String upsert(UnaryOperator<String> typed) {
        List<String> updates = new ArrayList<>();
        versioned.forEach(c -> updates.add(c + " = case when " + name + ".version < excluded.version then excluded." + c
                + " else " + name + "." + c + " end"));
        earliest.forEach(c -> updates.add(c + " = least(" + name + "." + c + ", excluded." + c + ")"));
        once.forEach(c -> updates.add(c + " = coalesce(" + name + "." + c + ", excluded." + c + ")"));
        updates.add("version = greatest(" + name + ".version, excluded.version)");
        return "insert into " + name + " (" + String.join(", ", columns) + ")"
                + " select " + columns.stream().map(typed).collect(Collectors.joining(", "))
                + " from unnest(" + columns.stream().map(c -> "?::text[]").collect(Collectors.joining(", ")) + ")"
                + " as batch(" + String.join(", ", columns) + ")"
                + " on conflict (" + key + ") do update set " + String.join(", ", updates);
    }

    String name() {
        return name;
    }

    private static Instant least(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return a.isBefore(b) ? a : b;
    }
}
