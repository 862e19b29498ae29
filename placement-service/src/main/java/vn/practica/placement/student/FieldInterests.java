package vn.practica.placement.student;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/** Field interests as stored and announced: distinct codes in order, so equal sets compare equal. */
final class FieldInterests {
    private FieldInterests() {}

    static List<String> of(List<String> codes) {
        return codes == null
                ? List.of()
                : codes.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The index and code of the first interest that is no active field, if any. */
    static Optional<Unknown> firstUnknown(List<String> codes, Set<String> activeFields) {
        if (codes == null) {
            return Optional.empty();
        }
        return IntStream.range(0, codes.size())
                .filter(i -> !activeFields.contains(codes.get(i)))
                .mapToObj(i -> new Unknown(i, codes.get(i)))
                .findFirst();
    }

    /** An interest naming no active field. */
    record Unknown(int index, String code) {
        String message() {
            return "unknown or retired field " + code;
        }
    }
}
