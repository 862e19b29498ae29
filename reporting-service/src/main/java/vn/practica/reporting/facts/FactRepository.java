package vn.practica.reporting.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import vn.practica.reporting.facts.FactChange.ApplicationChange;
import vn.practica.reporting.facts.FactChange.Dimensions;
import vn.practica.reporting.facts.FactChange.OfferChange;
import vn.practica.reporting.facts.FactChange.PlacementChange;
import vn.practica.reporting.facts.FactChange.StudentChange;

/**
 * The fact tables, written a batch at a time: one set-based upsert per table ({@code insert ... select from
 * unnest(arrays)}), so a Kafka batch of thousands of events costs a few statements. Each upsert follows the newest
 * version for what the aggregate is now, and keeps the "first" and "once" times whatever order events come in. One
 * statement may touch a row only once, so a batch with several changes of one aggregate is written in rounds (its
 * first change in the first round, the second in the next...): each change meets the version guard as it would in
 * a batch of its own.
 */
@ApplicationScoped
public class FactRepository {
    private static final List<String> TERMS =
            List.of("field_code", "province_code", "work_mode", "contribution_kind", "cooperation_model_code");

    private static final String OFFER = upsert(
            "offer_fact",
            "offer_id",
            concat(List.of("business_id"), TERMS, List.of("seats", "status")),
            "published_at = least(offer_fact.published_at, excluded.published_at)",
            "published_at");

    private static final String APPLICATION = upsert(
            "application_fact",
            "application_id",
            concat(
                    List.of("offer_id", "business_id", "school_id", "applicant_kind", "student_id"),
                    TERMS,
                    List.of("status")),
            "submitted_at = least(application_fact.submitted_at, excluded.submitted_at),"
                    + " withdrawn_at = coalesce(application_fact.withdrawn_at, excluded.withdrawn_at)",
            "submitted_at",
            "withdrawn_at");

    private static final String PLACEMENT = upsert(
            "placement_fact",
            "placement_id",
            concat(
                    List.of("application_id", "offer_id", "business_id", "school_id", "applicant_kind", "student_id"),
                    TERMS,
                    List.of("status", "ended_by")),
            "placed_at = least(placement_fact.placed_at, excluded.placed_at),"
                    + " ended_at = coalesce(placement_fact.ended_at, excluded.ended_at)",
            "placed_at",
            "ended_at");

    private static final String STUDENT = upsert(
            "student_fact",
            "student_id",
            List.of("school_id", "program_sourced_id", "year_of_study", "field_interests"),
            "registered_at = least(student_fact.registered_at, excluded.registered_at)",
            "registered_at");

    /** Field codes are {@code [A-Z][A-Z0-9_]*} (PlacementEventFacts), so a comma never occurs in one. */
    private static final String INTEREST_SEPARATOR = ",";

    private final EntityManager em;

    FactRepository(EntityManager em) {
        this.em = em;
    }

    /** Applies {@code changes} in their order, inside the caller's transaction. */
    public void applyAll(List<FactChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            upsert(connection, OFFER, changes, OfferChange.class, FactRepository::offerRow);
            upsert(connection, APPLICATION, changes, ApplicationChange.class, FactRepository::applicationRow);
            upsert(connection, PLACEMENT, changes, PlacementChange.class, FactRepository::placementRow);
            upsert(connection, STUDENT, changes, StudentChange.class, FactRepository::studentRow);
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

    private static <T extends FactChange> void upsert(
            Connection connection, String sql, List<FactChange> changes, Class<T> type, Function<T, Row> row)
            throws SQLException {
        for (List<T> round : rounds(changes, type)) {
            List<Row> rows = round.stream().map(row).toList();
            int columns = rows.get(0).values.size();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int column = 0; column < columns; column++) {
                    int c = column;
                    Object[] values = rows.stream().map(r -> r.values.get(c)).toArray();
                    statement.setArray(column + 1, connection.createArrayOf("text", values));
                }
                statement.executeUpdate();
            }
        }
    }

    /** {@code type}'s changes split so that no round holds one aggregate twice; the order per aggregate is kept. */
    private static <T extends FactChange> List<List<T>> rounds(List<FactChange> changes, Class<T> type) {
        List<List<T>> rounds = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (FactChange change : changes) {
            if (type.isInstance(change)) {
                int round = seen.merge(change.id(), 1, Integer::sum) - 1;
                if (round == rounds.size()) {
                    rounds.add(new ArrayList<>());
                }
                rounds.get(round).add(type.cast(change));
            }
        }
        return rounds;
    }

    private static Row offerRow(OfferChange o) {
        return new Row()
                .uuid(o.id())
                .uuid(o.businessId())
                .terms(o.terms())
                .number(o.seats())
                .text(o.status())
                .number(o.version())
                .time(o.at());
    }

    private static Row applicationRow(ApplicationChange a) {
        return new Row()
                .uuid(a.id())
                .uuid(a.offerId())
                .uuid(a.businessId())
                .uuid(a.schoolId())
                .text(a.applicantKind())
                .uuid(a.studentId())
                .terms(a.terms())
                .text(a.status())
                .number(a.version())
                .time(a.at())
                .time(a.withdrawn() ? a.at() : null);
    }

    private static Row placementRow(PlacementChange p) {
        return new Row()
                .uuid(p.id())
                .uuid(p.applicationId())
                .uuid(p.offerId())
                .uuid(p.businessId())
                .uuid(p.schoolId())
                .text(p.applicantKind())
                .uuid(p.studentId())
                .terms(p.terms())
                .text(p.status())
                .text(p.endedBy())
                .number(p.version())
                .time(p.at())
                .time(p.ended() ? p.at() : null);
    }

    private static Row studentRow(StudentChange s) {
        return new Row()
                .uuid(s.id())
                .uuid(s.schoolId())
                .text(s.programSourcedId())
                .number(s.yearOfStudy())
                .text(String.join(INTEREST_SEPARATOR, s.fieldInterests()))
                .number(s.version())
                .time(s.at());
    }

    /** One change's values in column order, as text: the statement casts each column's array to its type. */
    private static final class Row {
        private final List<String> values = new ArrayList<>();

        Row uuid(UUID value) {
            return text(value == null ? null : value.toString());
        }

        Row text(String value) {
            values.add(value);
            return this;
        }

        Row number(long value) {
            return text(Long.toString(value));
        }

        Row time(Instant value) {
            return text(value == null ? null : value.toString());
        }

        Row terms(Dimensions terms) {
            return text(terms.fieldCode())
                    .text(terms.provinceCode())
                    .text(terms.workMode())
                    .text(terms.contributionKind())
                    .text(terms.cooperationModelCode());
        }
    }

    /**
     * {@code insert ... select from unnest(...) on conflict do update}: the key, then {@code versioned} columns and
     * the version (the newest version's values win), then {@code timed} columns merged by {@code timeMerge}, in that
     * parameter order, each a text array cast to the column's type.
     */
    private static String upsert(String table, String key, List<String> versioned, String timeMerge, String... timed) {
        List<String> columns = new ArrayList<>();
        columns.add(key);
        columns.addAll(versioned);
        columns.add("version");
        columns.addAll(List.of(timed));
        String newest = versioned.stream()
                .map(c -> c + " = case when " + table + ".version < excluded.version then excluded." + c + " else "
                        + table + "." + c + " end")
                .collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", columns) + ")"
                + " select " + columns.stream().map(FactRepository::typed).collect(Collectors.joining(", "))
                + " from unnest(" + columns.stream().map(c -> "?::text[]").collect(Collectors.joining(", ")) + ")"
                + " as batch(" + String.join(", ", columns) + ")"
                + " on conflict (" + key + ") do update set " + newest + ", " + timeMerge
                + ", version = greatest(" + table + ".version, excluded.version)";
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
