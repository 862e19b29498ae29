package vn.practica.reporting.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import vn.practica.reporting.facts.FactChange.ApplicationChange;
import vn.practica.reporting.facts.FactChange.Dimensions;
import vn.practica.reporting.facts.FactChange.OfferChange;
import vn.practica.reporting.facts.FactChange.PlacementChange;
import vn.practica.reporting.facts.FactChange.StudentChange;

/**
 * The fact tables, written a batch at a time in one statement: per table one set-based upsert ({@code insert ...
 * select from unnest(arrays)}) of the batch's changes folded to one row per aggregate, the four joined as data-
 * modifying {@code with} parts, so a Kafka batch of any size costs one round trip besides the inbox's and the
 * commit. Each table's merge rule ({@link FactTable}) follows the newest version for what the aggregate is now and
 * keeps the "first" and "once" times whatever order events come in.
 */
@ApplicationScoped
public class FactRepository {
    private static final List<String> TERMS =
            List.of("field_code", "province_code", "work_mode", "contribution_kind", "cooperation_model_code");

    private static final FactTable OFFER = new FactTable(
            "offer_fact",
            "offer_id",
            concat(List.of("business_id"), TERMS, List.of("seats", "status")),
            List.of("published_at"),
            List.of());

    private static final FactTable APPLICATION = new FactTable(
            "application_fact",
            "application_id",
            concat(
                    List.of("offer_id", "business_id", "school_id", "applicant_kind", "student_id"),
                    TERMS,
                    List.of("status")),
            List.of("submitted_at"),
            List.of("withdrawn_at"));

    private static final FactTable PLACEMENT = new FactTable(
            "placement_fact",
            "placement_id",
            concat(
                    List.of("application_id", "offer_id", "business_id", "school_id", "applicant_kind", "student_id"),
                    TERMS,
                    List.of("status", "ended_by")),
            List.of("placed_at"),
            List.of("ended_at"));

    private static final FactTable STUDENT = new FactTable(
            "student_fact",
            "student_id",
            List.of("school_id", "program_sourced_id", "year_of_study", "field_interests"),
            List.of("registered_at"),
            List.of());

    private static final List<FactTable> TABLES = List.of(OFFER, APPLICATION, PLACEMENT, STUDENT);

    /** Every table's upsert in one statement; a table without changes gets empty arrays and writes nothing. */
    private static final String UPSERT_ALL = TABLES.subList(0, TABLES.size() - 1).stream()
                    .map(t -> t.name() + "_batch as (" + t.upsert(FactRepository::typed) + ")")
                    .collect(Collectors.joining(", ", "with ", " "))
            + TABLES.get(TABLES.size() - 1).upsert(FactRepository::typed);

    /** Field codes are {@code [A-Z][A-Z0-9_]*} (PlacementEventFacts), so a comma never occurs in one. */
    private static final String INTEREST_SEPARATOR = ",";

    private final EntityManager em;

    FactRepository(EntityManager em) {
        this.em = em;
    }

    /** Applies {@code changes} as if one by one in their order, inside the caller's transaction. */
    public void applyAll(List<FactChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<FactTable, Map<UUID, Object[]>> rows = new LinkedHashMap<>();
        TABLES.forEach(table -> rows.put(table, new LinkedHashMap<>()));
        for (FactChange change : changes) {
            FactTable table = tableOf(change);
            rows.get(table).merge(change.id(), row(change), table::fold);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT_ALL)) {
                int parameter = 1;
                for (FactTable table : TABLES) {
                    Collection<Object[]> tableRows = rows.get(table).values();
                    for (int column = 0; column < table.columns().size(); column++) {
                        statement.setArray(parameter++, connection.createArrayOf("text", texts(tableRows, column)));
                    }
                }
                statement.executeUpdate();
            }
        });
    }

    /** Empties every fact table, for a rebuild from the topic's beginning. */
    public void clearAll() {
        em.createNativeQuery("truncate offer_fact, application_fact, placement_fact, student_fact")
                .executeUpdate();
    }

    /** Forgets that {@code source}'s events were applied (their inbox rows), so they apply again. */
    public void forgetAppliedEvents(String source) {
        em.createNativeQuery("delete from processed_event where source = ?1")
                .setParameter(1, source)
                .executeUpdate();
    }

    /**
     * Locks the fact tables and the inbox against every consumer until the caller's transaction ends; inbox first,
     * as consumers take it first, so nobody waits in a circle.
     */
    public void lockForRebuild() {
        em.createNativeQuery("lock table processed_event, offer_fact, application_fact, placement_fact, student_fact"
                        + " in access exclusive mode")
                .executeUpdate();
    }

    private static FactTable tableOf(FactChange change) {
        if (change instanceof OfferChange) {
            return OFFER;
        }
        if (change instanceof ApplicationChange) {
            return APPLICATION;
        }
        return change instanceof PlacementChange ? PLACEMENT : STUDENT;
    }

    /** The change's values in its table's column order ({@link FactTable#columns()}). */
    private static Object[] row(FactChange change) {
        if (change instanceof OfferChange o) {
            return values(o.id(), o.businessId(), o.terms(), o.seats(), o.status(), o.version(), o.at());
        }
        if (change instanceof ApplicationChange a) {
            return values(
                    a.id(),
                    a.offerId(),
                    a.businessId(),
                    a.schoolId(),
                    a.applicantKind(),
                    a.studentId(),
                    a.terms(),
                    a.status(),
                    a.version(),
                    a.at(),
                    a.withdrawn() ? a.at() : null);
        }
        if (change instanceof PlacementChange p) {
            return values(
                    p.id(),
                    p.applicationId(),
                    p.offerId(),
                    p.businessId(),
                    p.schoolId(),
                    p.applicantKind(),
                    p.studentId(),
                    p.terms(),
                    p.status(),
                    p.endedBy(),
                    p.version(),
                    p.at(),
                    p.ended() ? p.at() : null);
        }
        StudentChange s = (StudentChange) change;
        return values(
                s.id(),
                s.schoolId(),
                s.programSourcedId(),
                s.yearOfStudy(),
                String.join(INTEREST_SEPARATOR, s.fieldInterests()),
                s.version(),
                s.at());
    }

    /** The values with an offer's terms spread into their five columns. */
    private static Object[] values(Object... values) {
        List<Object> spread = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Dimensions terms) {
                spread.addAll(Arrays.asList(
                        terms.fieldCode(),
                        terms.provinceCode(),
                        terms.workMode(),
                        terms.contributionKind(),
                        terms.cooperationModelCode()));
            } else {
                spread.add(value);
            }
        }
        return spread.toArray();
    }

    /** One column of the rows as text, null kept: the statement casts each column's array to its type. */
    private static Object[] texts(Collection<Object[]> rows, int column) {
        return rows.stream()
                .map(row -> row[column] == null ? null : row[column].toString())
                .toArray();
    }

    /** A column of the unnested text arrays, cast to the type of the fact column of that name. */
    private static String typed(String column) {
        return switch (column) {
            case "program_sourced_id" -> column;
            case "seats", "year_of_study" -> column + "::integer";
            case "version" -> column + "::bigint";
            case "field_interests" -> "string_to_array(" + column + ", '" + INTEREST_SEPARATOR + "')::varchar(32)[]";
            default ->
                column.endsWith("_id") ? column + "::uuid" : column.endsWith("_at") ? column + "::timestamptz" : column;
        };
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
