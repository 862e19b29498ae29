package vn.practica.platform.paging;

import java.util.List;

/**
 * The one page shape of new list endpoints: the items and an opaque cursor for the next page (null at the
 * end, or, for delta reads that follow changes, the position to resume from).
 */
public record CursorPage<T>(List<T> items, String nextCursor) {
    /** From a query that asked for {@code limit + 1} rows: the extra row only proves that a next page exists. */
    public static <T> CursorPage<T> of(
            List<T> rowsPlusOne, int limit, java.util.function.Function<T, String> cursorOf) {
        if (rowsPlusOne.size() <= limit) {
            return new CursorPage<>(rowsPlusOne, null);
        }
        List<T> page = rowsPlusOne.subList(0, limit);
        return new CursorPage<>(List.copyOf(page), cursorOf.apply(page.get(limit - 1)));
    }
}
