package vn.practica.placement.offer;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.practica.placement.coverage.IndexedOffer;

/**
 * Reads what the "for me" index holds from the offer table, in plain JDBC: the keeper runs on its own thread,
 * outside any request or transaction. Only offers students apply to are indexed (REAL_PROJECT, INTERNSHIP);
 * schools apply to the others for a course.
 */
@ApplicationScoped
public class OpenOfferIndexRepository {
    private static final String COLUMNS = "select id, status, contribution_kind, competency_item_ids, valid_through,"
            + " field_code, province_code, work_mode, eligible_school_ids, eligible_program_ids, eligible_years"
            + " from offer";
    private static final Set<String> FOR_STUDENTS =
            Set.of(ContributionKind.REAL_PROJECT.name(), ContributionKind.INTERNSHIP.name());

    private final AgroalDataSource dataSource;

    OpenOfferIndexRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every open offer for students whose deadline is {@code today} or later. */
    public List<IndexedOffer> openOffers(LocalDate today) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(COLUMNS
                        + " where status = 'OPEN' and contribution_kind in ('REAL_PROJECT', 'INTERNSHIP')"
                        + " and valid_through >= ?")) {
            query.setObject(1, today);
            List<IndexedOffer> offers = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    offers.add(offer(rows));
                }
            }
            return offers;
        }
    }

    /**
     * The published offers changed after {@code since} (by their {@code updated_at}), each with what the index
     * holds of it: the offer while it is open, for students and before its deadline, else nothing (drop it).
     * Drafts never published were never indexed. {@code readAt} is the database's time of the read.
     */
    public Changes changedSince(Instant since, LocalDate today) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(COLUMNS.replace(
                        " from offer",
                        ", updated_at" + " from offer where updated_at > ? and published_at is not null"))) {
            Instant readAt = databaseNow(connection);
            query.setTimestamp(1, Timestamp.from(since));
            List<Change> changes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    boolean indexed = "OPEN".equals(rows.getString("status"))
                            && FOR_STUDENTS.contains(rows.getString("contribution_kind"))
                            && !rows.getObject("valid_through", LocalDate.class).isBefore(today);
                    changes.add(new Change(
                            rows.getObject("id", UUID.class),
                            rows.getTimestamp("updated_at").toInstant(),
                            indexed ? Optional.of(offer(rows)) : Optional.empty()));
                }
            }
            return new Changes(changes, readAt);
        }
    }

    /** The database's clock: reads are stamped by it, so instances' clocks need not agree with each other. */
    public Instant databaseNow() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return databaseNow(connection);
        }
    }

    private static Instant databaseNow(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select statement_timestamp()");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getTimestamp(1).toInstant();
        }
    }

    private static IndexedOffer offer(ResultSet row) throws SQLException {
        return new IndexedOffer(
                row.getObject("id", UUID.class),
                Arrays.asList((UUID[]) array(row, "competency_item_ids")),
                row.getObject("valid_through", LocalDate.class),
                row.getString("field_code"),
                row.getString("province_code"),
                WorkMode.valueOf(row.getString("work_mode")).ordinal(),
                new IndexedOffer.Audience(
                        Set.copyOf(Arrays.asList((UUID[]) array(row, "eligible_school_ids"))),
                        Set.copyOf(Arrays.asList((String[]) array(row, "eligible_program_ids"))),
                        Set.copyOf(Arrays.asList((Integer[]) array(row, "eligible_years")))));
    }

    private static Object array(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array.getArray();
    }

    /** The changes read at {@code readAt} (the database's clock, before the read). */
    public record Changes(List<Change> changes, Instant readAt) {}

    /** One offer's state as of its {@code updatedAt}: indexed as {@code open}, or dropped when empty. */
    public record Change(UUID id, Instant updatedAt, Optional<IndexedOffer> open) {}
}
