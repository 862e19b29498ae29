package vn.practica.catalog.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A native search query assembled from fixed SQL fragments; user input only ever travels as bind parameters.
 */
final class SearchSql {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a fixed condition without parameters. */
    SearchSql where(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds {@code condition} (fixed SQL naming {@code :name}) bound to {@code value}. */
    SearchSql where(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
        return this;
    }

    /** Every folded word must occur somewhere in {@code column} (a trigram-indexed search_text). */
    SearchSql containsEveryWord(String column, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            where(column + " like :w" + i, "w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        return this;
    }

    SearchSql bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Runs {@code select ... where ... order by ...}, asking for one row more than a page to learn hasMore. */
    @SuppressWarnings("unchecked")
    List<Object[]> page(EntityManager em, String select, String orderBy, int page, int size) {
        Query query = em.createNativeQuery(select + whereClause() + " order by " + orderBy);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size + 1).getResultList();
    }

    /** {@code like} treats backslash, % and _ as special; a user's "100%" means the characters. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
