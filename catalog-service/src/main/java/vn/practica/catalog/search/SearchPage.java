package vn.practica.catalog.search;

import java.util.List;

/**
 * One page of search results. {@code hasMore} instead of a total: counting every match of a broad query over
 * 100k courses costs more than the page itself (see docs/benchmarks.md), and a UI only needs "next page".
 */
public record SearchPage<T>(List<T> items, int page, int size, boolean hasMore) {

    /** Builds the page from a query that asked for {@code size + 1} rows: the extra row only proves a next page. */
    static <T> SearchPage<T> of(List<T> rowsPlusOne, int page, int size) {
        boolean hasMore = rowsPlusOne.size() > size;
        return new SearchPage<>(hasMore ? rowsPlusOne.subList(0, size) : rowsPlusOne, page, size, hasMore);
    }
}
