package vn.practica.catalog.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of search results. {@code hasMore} instead of a total: counting every match of a broad query over
 * 100k courses costs more than the page itself (see docs/benchmarks.md), and a UI only needs "next page".
 */
public record SearchPage<T>(
        @Schema(maxItems = SearchParameters.MAX_SIZE) List<T> items,

        @Schema(minimum = "0", maximum = "" + SearchParameters.MAX_PAGE)
        int page,

        @Schema(minimum = "1", maximum = "" + SearchParameters.MAX_SIZE)
        int size,

        boolean hasMore) {

    /** Builds the page from a query that asked for {@code size + 1} rows: the extra row only proves a next page. */
    static <T> SearchPage<T> of(List<T> rowsPlusOne, int page, int size) {
        boolean hasMore = rowsPlusOne.size() > size;
        return new SearchPage<>(hasMore ? rowsPlusOne.subList(0, size) : rowsPlusOne, page, size, hasMore);
    }
}
