package vn.practica.placement.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values numbered densely in the order first seen, so arrays can hold numbers instead of objects. Immutable: a
 * larger one is a copy, so readers of an older index keep theirs; a value keeps its number in every copy.
 */
final class Vocabulary<T> {
    private final List<T> values;
    private final Map<T, Integer> numbers;

    private Vocabulary(List<T> values, Map<T, Integer> numbers) {
        this.values = values;
        this.numbers = numbers;
    }

    static <T> Vocabulary<T> empty() {
        return new Vocabulary<>(List.of(), Map.of());
    }

    /** This vocabulary, and the values it lacks numbered after its own; itself when it lacks none. */
    Vocabulary<T> plus(Collection<T> more) {
        List<T> missing = more.stream()
                .filter(v -> v != null && !numbers.containsKey(v))
                .distinct()
                .toList();
        if (missing.isEmpty()) {
            return this;
        }
        List<T> grown = new ArrayList<>(values.size() + missing.size());
        grown.addAll(values);
        grown.addAll(missing);
        Map<T, Integer> renumbered = new HashMap<>(numbers);
        for (int n = values.size(); n < grown.size(); n++) {
            renumbered.put(grown.get(n), n);
        }
        return new Vocabulary<>(List.copyOf(grown), renumbered);
    }

    /** The value's number, -1 for null or a value never seen. */
    int numberOf(T value) {
        Integer number = value == null ? null : numbers.get(value);
        return number == null ? -1 : number;
    }

    T value(int number) {
        return values.get(number);
    }

    int size() {
        return values.size();
    }
}
