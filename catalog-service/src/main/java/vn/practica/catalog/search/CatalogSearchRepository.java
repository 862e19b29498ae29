package vn.practica.catalog.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.catalog.search.CourseSearchResult.ProgramRef;
import vn.practica.platform.text.SearchText;

/**
 * Native SQL for catalog search. Text matches the folded, trigram-indexed {@code search_text} columns with one
 * {@code like} per word, so word order does not matter; only active courses and programmes are found.
 * Alphabetical orders use the ICU collation {@code vi-x-icu} (a, ă, â, b, ..., d, đ), which the databases'
 * own {@code C.UTF-8} collation gets wrong; V9 indexes the same expressions.
 */
@ApplicationScoped
public class CatalogSearchRepository {
    /** More words than this add no precision, only index work. */
    static final int MAX_WORDS = 8;

    private static final String COURSE_SELECT = "select c.id, c.school_id, o.short_name, c.code, c.title,"
            + " c.credits, c.practical_hours from course c join organization o on o.id = c.school_id";
    private static final String PROGRAM_SELECT = "select p.id, p.school_id, o.short_name, p.field_code,"
            + " p.level, p.name_vi, p.name_en from program p join organization o on o.id = p.school_id";
    private static final String ITEM_SELECT = "select i.id, i.framework_id, i.human_coding_scheme,"
            + " i.full_statement, i.item_type, cast(i.education_level as text) from competency_item i";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final EntityManager em;
    private final ObjectMapper json;

    CatalogSearchRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** A page of courses, without their programmes (see {@link #programsOfCourses}). */
    public List<CourseSearchResult> searchCourses(CurriculumSearch search, SearchSort sort) {
        SearchSql sql = textQuery(search.text(), "c.search_text").where("c.status = 'active'");
        search.schoolId().ifPresent(id -> sql.where("c.school_id = :school", "school", id));
        search.provinceCode().ifPresent(p -> sql.where("o.province_code = :province", "province", p));
        if (search.fieldCode().isPresent() || search.level().isPresent()) {
            sql.where(courseInProgram(search, sql));
        }
        String orderBy = switch (sort) {
            case RELEVANCE -> relevance("c");
            case ALPHABETICAL -> "c.title collate \"vi-x-icu\", c.id";
            case UPDATED -> "c.updated_at desc, c.id desc";
        };
        bindRelevance(sql, sort, search.text());
        return sql.page(em, COURSE_SELECT, orderBy, search.page(), search.size()).stream()
                .map(CatalogSearchRepository::course)
                .toList();
    }

    /** A course's field and level are those of an active programme it belongs to (the same programme). */
    private static String courseInProgram(CurriculumSearch search, SearchSql sql) {
        StringBuilder exists = new StringBuilder("exists (select 1 from course_program cp"
                + " join program p on p.id = cp.program_id where cp.course_id = c.id and p.status = 'active'");
        search.fieldCode().ifPresent(f -> {
            exists.append(" and p.field_code = :field");
            sql.bind("field", f);
        });
        search.level().ifPresent(l -> {
            exists.append(" and p.level = :level");
            sql.bind("level", l);
        });
        return exists.append(")").toString();
    }

    /** The active programmes of the given courses, in one query (no N+1), by name. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<ProgramRef>> programsOfCourses(Collection<UUID> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("select cp.course_id, p.id, p.name_vi, p.field_code, p.level"
                        + " from course_program cp join program p on p.id = cp.program_id"
                        + " where cp.course_id in (:ids) and p.status = 'active'"
                        + " order by p.name_vi collate \"vi-x-icu\", p.id")
                .setParameter("ids", courseIds)
                .getResultList();
        return rows.stream()
                .collect(Collectors.groupingBy(
                        r -> (UUID) r[0],
                        LinkedHashMap::new,
                        Collectors.mapping(
                                r -> new ProgramRef((UUID) r[1], (String) r[2], (String) r[3], number(r[4])),
                                Collectors.toList())));
    }

    public List<ProgramSearchResult> searchPrograms(CurriculumSearch search, SearchSort sort) {
        SearchSql sql = textQuery(search.text(), "p.search_text").where("p.status = 'active'");
        search.schoolId().ifPresent(id -> sql.where("p.school_id = :school", "school", id));
        search.provinceCode().ifPresent(p -> sql.where("o.province_code = :province", "province", p));
        search.fieldCode().ifPresent(f -> sql.where("p.field_code = :field", "field", f));
        search.level().ifPresent(l -> sql.where("p.level = :level", "level", l));
        String orderBy = switch (sort) {
            case RELEVANCE -> relevance("p");
            case ALPHABETICAL -> "p.name_vi collate \"vi-x-icu\", p.id";
            case UPDATED -> "p.updated_at desc, p.id desc";
        };
        bindRelevance(sql, sort, search.text());
        return sql.page(em, PROGRAM_SELECT, orderBy, search.page(), search.size()).stream()
                .map(r -> new ProgramSearchResult(
                        (UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], number(r[4]), (String) r[5], (String)
                                r[6]))
                .toList();
    }

    /** Competency items have no status: CASE marks retired items in the framework, not row by row. */
    public List<CompetencyItemSearchResult> searchCompetencyItems(CompetencyItemSearch search, SearchSort sort) {
        SearchSql sql = textQuery(search.text(), "i.search_text");
        search.frameworkId().ifPresent(id -> sql.where("i.framework_id = :framework", "framework", id));
        search.itemType().ifPresent(t -> sql.where("i.item_type = :type", "type", t));
        String orderBy = switch (sort) {
            case RELEVANCE -> relevance("i");
            // Coding schemes (IT.1.2) are ASCII, so the plain collation orders them well.
            case ALPHABETICAL -> "i.human_coding_scheme nulls last, i.id";
            case UPDATED -> "i.updated_at desc, i.id desc";
        };
        bindRelevance(sql, sort, search.text());
        return sql.page(em, ITEM_SELECT, orderBy, search.page(), search.size()).stream()
                .map(r -> new CompetencyItemSearchResult(
                        (UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], strings(r[5])))
                .toList();
    }

    /**
     * Word similarity first (the query's words close together, in any order, score 1), then plain similarity,
     * which prefers the shorter text among equally good matches: "Du lịch" before a long title that merely
     * mentions du lịch.
     */
    private static String relevance(String alias) {
        return "word_similarity(:q, %1$s.search_text) desc, similarity(:q, %1$s.search_text) desc, %1$s.id"
                .formatted(alias);
    }

    /** Relevance orders by similarity to the whole folded query, bound as :q only when used. */
    private static void bindRelevance(SearchSql sql, SearchSort sort, Optional<String> text) {
        if (sort == SearchSort.RELEVANCE) {
            sql.bind("q", text.map(SearchText::fold).orElse(""));
        }
    }

    /** Folds the query like the stored text was folded and requires each of its words. */
    private static SearchSql textQuery(Optional<String> text, String column) {
        SearchSql sql = new SearchSql();
        String folded = text.map(SearchText::fold).orElse("");
        if (!folded.isEmpty()) {
            List<String> words =
                    Arrays.stream(folded.split(" ")).distinct().limit(MAX_WORDS).toList();
            sql.containsEveryWord(column, words);
        }
        return sql;
    }

    private static CourseSearchResult course(Object[] r) {
        return new CourseSearchResult(
                (UUID) r[0],
                (UUID) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (BigDecimal) r[5],
                r[6] == null ? null : number(r[6]),
                List.of());
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private List<String> strings(Object value) {
        try {
            return value == null ? List.of() : json.readValue((String) value, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("competency_item.education_level is not a JSON array of strings", e);
        }
    }
}
