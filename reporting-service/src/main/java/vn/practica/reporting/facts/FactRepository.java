package vn.practica.reporting.facts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
 * The fact tables, written a batch at a time: one JDBC batch per table, so a Kafka batch of hundreds of events
 * costs a few round trips. Each upsert follows the newest version for what the aggregate is now, and keeps the
 * "first" and "once" times whatever order events come in. Statements of one batch run in order, so two changes
 * of one aggregate in a batch meet the version guard like two batches would.
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
            batch(connection, OFFER, changes, OfferChange.class, FactRepository::bindOffer);
            batch(connection, APPLICATION, changes, ApplicationChange.class, FactRepository::bindApplication);
            batch(connection, PLACEMENT, changes, PlacementChange.class, FactRepository::bindPlacement);
            batch(connection, STUDENT, changes, StudentChange.class, FactRepository::bindStudent);
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

    private interface Binder<T> {
        void bind(Connection connection, PreparedStatement statement, T change) throws SQLException;
    }

    private static <T extends FactChange> void batch(
            Connection connection, String sql, List<FactChange> changes, Class<T> type, Binder<T> binder)
            throws SQLException {
        List<T> mine = changes.stream().filter(type::isInstance).map(type::cast).toList();
        if (mine.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T change : mine) {
                binder.bind(connection, statement, change);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void bindOffer(Connection c, PreparedStatement s, OfferChange o) throws SQLException {
        Params p = new Params(s);
        p.uuid(o.id()).uuid(o.businessId()).terms(o.terms());
        p.integer(o.seats()).text(o.status()).version(o.version()).time(o.at());
    }

    private static void bindApplication(Connection c, PreparedStatement s, ApplicationChange a) throws SQLException {
        Params p = new Params(s);
        p.uuid(a.id()).uuid(a.offerId()).uuid(a.businessId()).uuid(a.schoolId());
        p.text(a.applicantKind())
                .uuid(a.studentId())
                .terms(a.terms())
                .text(a.status())
                .version(a.version());
        p.time(a.at()).time(a.withdrawn() ? a.at() : null);
    }

    private static void bindPlacement(Connection c, PreparedStatement s, PlacementChange pl) throws SQLException {
        Params p = new Params(s);
        p.uuid(pl.id())
                .uuid(pl.applicationId())
                .uuid(pl.offerId())
                .uuid(pl.businessId())
                .uuid(pl.schoolId());
        p.text(pl.applicantKind())
                .uuid(pl.studentId())
                .terms(pl.terms())
                .text(pl.status())
                .text(pl.endedBy());
        p.version(pl.version()).time(pl.at()).time(pl.ended() ? pl.at() : null);
    }

    private static void bindStudent(Connection c, PreparedStatement s, StudentChange st) throws SQLException {
        Params p = new Params(s);
        p.uuid(st.id()).uuid(st.schoolId()).text(st.programSourcedId()).integer(st.yearOfStudy());
        s.setArray(p.next(), c.createArrayOf("varchar", st.fieldInterests().toArray()));
        p.version(st.version()).time(st.at());
    }

    /** Binds one statement's parameters in column order. */
    private static final class Params {
        private final PreparedStatement statement;
        private int index;

        Params(PreparedStatement statement) {
            this.statement = statement;
        }

        int next() {
            return ++index;
        }

        Params uuid(UUID value) throws SQLException {
            if (value == null) {
                statement.setNull(next(), Types.OTHER);
            } else {
                statement.setObject(next(), value);
            }
            return this;
        }

        Params text(String value) throws SQLException {
            statement.setString(next(), value);
            return this;
        }

        Params integer(int value) throws SQLException {
            statement.setInt(next(), value);
            return this;
        }

        Params version(long value) throws SQLException {
            statement.setLong(next(), value);
            return this;
        }

        Params time(Instant value) throws SQLException {
            if (value == null) {
                statement.setNull(next(), Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(next(), OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
            }
            return this;
        }

        Params terms(Dimensions terms) throws SQLException {
            return text(terms.fieldCode())
                    .text(terms.provinceCode())
                    .text(terms.workMode())
                    .text(terms.contributionKind())
                    .text(terms.cooperationModelCode());
        }
    }

    /**
     * {@code insert ... on conflict do update}: the key, then {@code versioned} columns and the version (the newest
     * version's values win), then {@code timed} columns merged by {@code timeMerge}, in that parameter order.
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
        return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
                + " on conflict (" + key + ") do update set " + newest + ", " + timeMerge
                + ", version = greatest(" + table + ".version, excluded.version)";
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
