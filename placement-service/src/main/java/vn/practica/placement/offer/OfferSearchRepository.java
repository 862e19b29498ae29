package vn.practica.placement.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.practica.platform.text.SearchText;

/**
 * Native SQL for discovery: open offers whose deadline has not passed, newest published first, read a page at
 * a time by keyset. Text matches the folded, trigram-indexed {@code search_text} with one {@code like} per word,
 * so word order does not matter (as catalog's search). User input only ever travels as bind parameters.
 */
@ApplicationScoped
public class OfferSearchRepository {
    /** More words than this add no precision, only index work. */
    static final int MAX_WORDS = 8;

    private final EntityManager em;

    OfferSearchRepository(EntityManager em) {
        this.em = em;
    }

    /** Up to {@code rows} offers, after the search's position when it has one. */
    @SuppressWarnings("unchecked")
    public List<Offer> search(OfferSearch search, LocalDate today, int rows) {
        List<String> conditions = new ArrayList<>(List.of("status = 'OPEN'", "valid_through >= :today"));
        Map<String, Object> parameters = new LinkedHashMap<>(Map.of("today", today));
        search.fieldCode().ifPresent(f -> add(conditions, parameters, "field_code = :field", "field", f));
        search.provinceCode().ifPresent(p -> add(conditions, parameters, "province_code = :province", "province", p));
        search.workMode().ifPresent(m -> add(conditions, parameters, "work_mode = :mode", "mode", m.name()));
        search.competencyItemId()
                .ifPresent(i -> add(conditions, parameters, "competency_item_ids @> array[:item]", "item", i));
        search.deadlineAfter().ifPresent(d -> add(conditions, parameters, "valid_through > :deadline", "deadline", d));
        search.after().ifPresent(position -> {
            add(conditions, parameters, "(published_at, id) < (:afterAt, :afterId)", "afterAt", position.publishedAt());
            parameters.put("afterId", position.id());
        });
        List<String> words = search.text().map(SearchText::fold).filter(t -> !t.isEmpty()).stream()
                .flatMap(t -> Arrays.stream(t.split(" ")))
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        for (int i = 0; i < words.size(); i++) {
            add(conditions, parameters, "search_text like :w" + i, "w" + i, "%" + escapeLike(words.get(i)) + "%");
        }
        Query query = em.createNativeQuery(
                "select * from offer where " + String.join(" and ", conditions)
                        + " order by published_at desc, id desc",
                Offer.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(rows).getResultList();
    }

    private static void add(
            List<String> conditions, Map<String, Object> parameters, String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    /** {@code like} treats backslash, % and _ as special; a user's "100%" means the characters. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
