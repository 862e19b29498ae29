package vn.practica.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.practica.catalog.competency.CaseLimits;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;

/**
 * Reads the query parameters of a search, collecting every mistake so one 400 lists them all ({@code query.x}).
 * Parameters arrive as strings: a typed {@code int} would turn {@code level=abc} into a 404 instead of a 400.
 * A blank parameter ({@code field=}) means "no filter", as a form with an empty box sends it.
 */
final class SearchParameters {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 1_000_000;
    static final int MAX_TEXT = 100;
    /** Field and province codes: a letter, then up to 31 letters, digits or underscores. */
    static final int MAX_CODE = 32;

    static final int MAX_ITEM_TYPE = CaseLimits.CODE;
    static final String TEXT = "Words that must all occur, in any order; Vietnamese diacritics optional";
    static final String PAGE = "0-based page number";

    private final List<Problem.FieldError> errors = new ArrayList<>();

    Optional<String> text(String q) {
        return present(q)
                .filter(t -> check(t.length() <= MAX_TEXT, "q", "must be at most " + MAX_TEXT + " characters"));
    }

    /** Field and province codes, upper-cased as stored; whether they exist is the service's question. */
    Optional<String> code(String name, String value) {
        return present(value)
                .map(v -> v.toUpperCase(Locale.ROOT))
                .filter(v -> check(v.matches("[A-Z][A-Z0-9_]{0,31}"), name, "must be a code such as IT or HN"));
    }

    Optional<String> itemType(String value) {
        return present(value)
                .filter(v ->
                        check(v.length() <= MAX_ITEM_TYPE, "type", "must be at most " + MAX_ITEM_TYPE + " characters"));
    }

    Optional<UUID> uuid(String name, String value) {
        return present(value).flatMap(v -> parse(v, SearchParameters::canonicalUuid, name, Uuids.MESSAGE));
    }

    /** VQF levels: 1-8 (5 intermediate, 6 college, 7 bachelor's). */
    Optional<Integer> level(String value) {
        return present(value)
                .flatMap(v -> parse(v, Integer::valueOf, "level", "must be a whole number from 1 to 8"))
                .filter(l -> check(l >= 1 && l <= 8, "level", "must be a whole number from 1 to 8"));
    }

    /** {@code relevance}, {@code updated} or the endpoint's alphabetical key ({@code title}, {@code name}...). */
    Optional<SearchSort> sort(String value, String alphabetical) {
        String allowed = "relevance, " + alphabetical + " or updated";
        return present(value).flatMap(v -> switch (v) {
            case "relevance" -> Optional.of(SearchSort.RELEVANCE);
            case "updated" -> Optional.of(SearchSort.UPDATED);
            default ->
                v.equals(alphabetical) ? Optional.of(SearchSort.ALPHABETICAL) : reject("sort", "must be " + allowed);
        });
    }

    /** Capped so that page × size, the row offset, cannot overflow. */
    int page(String value) {
        String rule = "must be a whole number from 0 to " + MAX_PAGE;
        return present(value)
                .flatMap(v -> parse(v, Integer::valueOf, "page", rule))
                .filter(p -> check(p >= 0 && p <= MAX_PAGE, "page", rule))
                .orElse(0);
    }

    int size(String value) {
        String rule = "must be a whole number from 1 to " + MAX_SIZE;
        return present(value)
                .flatMap(v -> parse(v, Integer::valueOf, "size", rule))
                .filter(s -> check(s >= 1 && s <= MAX_SIZE, "size", rule))
                .orElse(DEFAULT_SIZE);
    }

    /** Throws one 400 problem listing every invalid parameter, if there was any. */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private static UUID canonicalUuid(String value) {
        UUID id = Uuids.parse(value);
        if (id == null) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return id;
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private <T> Optional<T> parse(String value, Function<String, T> parser, String name, String message) {
        try {
            return Optional.of(parser.apply(value));
        } catch (IllegalArgumentException e) {
            return reject(name, message);
        }
    }

    private boolean check(boolean ok, String name, String message) {
        if (!ok) {
            errors.add(new Problem.FieldError("query." + name, message));
        }
        return ok;
    }

    private <T> Optional<T> reject(String name, String message) {
        check(false, name, message);
        return Optional.empty();
    }
}
