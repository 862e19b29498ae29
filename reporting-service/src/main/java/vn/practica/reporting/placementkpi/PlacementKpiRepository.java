package vn.practica.reporting.placementkpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The KPI cells of a table in one query: every fact that falls in the range, bucketed by period (Vietnam time),
 * grouped by the period and the {@code CUBE} of the grouped dimensions, so each total and sub-total is counted
 * from the facts (distinct students do not add up). Each fact kind is dated by its own time: offers by
 * publication, seats filled by their offer's publication, applications by submission, withdrawals and ends by
 * when they happened.
 */
@ApplicationScoped
public class PlacementKpiRepository {
    private final EntityManager em;

    PlacementKpiRepository(EntityManager em) {
        this.em = em;
    }

    /** At most {@code limit} cells, ordered by period, then totals before their parts, then values. */
    public List<KpiCounts> cells(PlacementKpiQuery query, int limit) {
        Sql sql = new Sql(query);
        return em.unwrap(Session.class).doReturningWork(connection -> read(connection, sql, query, limit));
    }

    private static List<KpiCounts> read(Connection connection, Sql sql, PlacementKpiQuery query, int limit)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            int next = 1;
            for (Object parameter : sql.parameters()) {
                statement.setObject(next++, parameter);
            }
            statement.setInt(next, limit);
            List<KpiCounts> cells = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    cells.add(counts(rows, query.groupBy()));
                }
            }
            return cells;
        }
    }

    private static KpiCounts counts(ResultSet row, List<KpiDimension> groupBy) throws SQLException {
        int grouping = row.getInt("totals_mask");
        int mask = 0;
        for (int i = 0; i < groupBy.size(); i++) {
            // grouping(a, b, c) sets the bit of its first argument highest
            if ((grouping >> (groupBy.size() - 1 - i) & 1) == 1) {
                mask |= 1 << groupBy.get(i).ordinal();
            }
        }
        return new KpiCounts(
                row.getObject("period", LocalDate.class),
                row.getString("field_code"),
                row.getString("province_code"),
                row.getObject("school_id", UUID.class),
                row.getObject("business_id", UUID.class),
                mask,
                row.getLong("offers"),
                row.getLong("seats"),
                row.getLong("filled"),
                row.getLong("applications"),
                row.getLong("applicants"),
                row.getLong("placed"),
                row.getLong("application_withdrawals"),
                row.getLong("placement_withdrawals"),
                row.getLong("terminations"),
                row.getLong("businesses"),
                row.getLong("new_businesses"),
                row.getLong("schools"),
                row.getLong("new_schools"),
                doubles(row.getArray("days")),
                row.getLong("students"));
    }

    private static double[] doubles(Array array) throws SQLException {
        if (array == null) {
            return new double[0];
        }
        Object[] values = (Object[]) array.getArray();
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = ((Number) values[i]).doubleValue();
        }
        return result;
    }

    /** The statement and its parameters, built from constants and the query's filters (bound, never pasted). */
    private static final class Sql {
        private static final String NO_TIME = "cast(null as timestamptz)";
        private static final String NO_DAYS = "cast(null as double precision)";
        private final PlacementKpiQuery query;
        private final List<Object> parameters = new ArrayList<>();
        private final OffsetDateTime from;
        private final OffsetDateTime until;

        Sql(PlacementKpiQuery query) {
            this.query = query;
            this.from = query.from().atStartOfDay(KpiPeriod.VIETNAM).toOffsetDateTime();
            this.until = query.to().plusDays(1).atStartOfDay(KpiPeriod.VIETNAM).toOffsetDateTime();
        }

        List<Object> parameters() {
            return parameters;
        }

        String text() {
            List<String> facts = new ArrayList<>();
            if (query.offerSide()) {
                facts.add(offers());
            }
            facts.add(filledSeats());
            facts.add(applications());
            facts.add(applicationWithdrawals());
            facts.add(placementEnds());
            String unit = query.period().sqlUnit();
            return "with first_offer as (select business_id, min(published_at) as first_at from offer_fact"
                    + " group by business_id),"
                    + " first_application as (select school_id, min(submitted_at) as first_at"
                    + " from application_fact group by school_id),"
                    + " placed as (select application_id, min(placed_at) as placed_at from placement_fact"
                    + " group by application_id),"
                    + " facts as (" + String.join(" union all ", facts) + "),"
                    + " bucketed as (select f.*,"
                    + " date_trunc('" + unit + "', f.at at time zone 'Asia/Ho_Chi_Minh')::date as period,"
                    + " date_trunc('" + unit + "', f.org_first_at at time zone 'Asia/Ho_Chi_Minh')::date"
                    + " as org_first_period from facts f)"
                    + " select period, " + dimensions() + ", " + grouping() + " as totals_mask,"
                    + " count(*) filter (where kind = 'O') as offers,"
                    + " coalesce(sum(seats) filter (where kind = 'O'), 0) as seats,"
                    + " count(*) filter (where kind = 'F') as filled,"
                    + " count(*) filter (where kind = 'A') as applications,"
                    + " count(distinct student_id) filter (where kind = 'A') as applicants,"
                    + " count(distinct student_id) filter (where kind = 'A' and days is not null) as placed,"
                    + " count(*) filter (where kind = 'AW') as application_withdrawals,"
                    + " count(*) filter (where kind = 'PW') as placement_withdrawals,"
                    + " count(*) filter (where kind = 'PT') as terminations,"
                    + " count(distinct business_id) filter (where kind = 'O') as businesses,"
                    + " count(distinct business_id) filter (where kind = 'O' and org_first_period = period)"
                    + " as new_businesses,"
                    + " count(distinct school_id) filter (where kind = 'A') as schools,"
                    + " count(distinct school_id) filter (where kind = 'A' and org_first_period = period)"
                    + " as new_schools,"
                    + " array_agg(days order by days) filter (where kind = 'A' and student_id is not null"
                    + " and days is not null) as days,"
                    + " count(distinct student_id) as students"
                    + " from bucketed group by period" + cube()
                    + " order by period, totals_mask desc" + orderByDimensions() + " limit ?";
        }

        private String offers() {
            return "select cast('O' as text) as kind, o.published_at as at, o.field_code, o.province_code,"
                    + " cast(null as uuid) as school_id, o.business_id, cast(null as uuid) as student_id, o.seats,"
                    + " fo.first_at as org_first_at, " + NO_DAYS + " as days"
                    + " from offer_fact o join first_offer fo on fo.business_id = o.business_id"
                    + where("o.published_at", "o", "o", null);
        }

        private String filledSeats() {
            return "select cast('F' as text) as kind, o.published_at as at, o.field_code, o.province_code, p.school_id, o.business_id,"
                    + " p.student_id, 0 as seats, " + NO_TIME + " as org_first_at, " + NO_DAYS + " as days"
                    + " from placement_fact p join offer_fact o on o.offer_id = p.offer_id"
                    + where("o.published_at", "o", "o", "p")
                    + " and p.status not in ('WITHDRAWN', 'TERMINATED')";
        }

        private String applications() {
            return "select 'A', a.submitted_at, a.field_code, a.province_code, a.school_id, a.business_id,"
                    + " a.student_id, 0, fa.first_at,"
                    // greatest() skips nulls: an application never placed must keep null days
                    + " case when pl.placed_at is null then null else cast(greatest(extract(epoch from"
                    + " (pl.placed_at - a.submitted_at)), 0) / 86400.0 as double precision) end"
                    + " from application_fact a join first_application fa on fa.school_id = a.school_id"
                    + " left join placed pl on pl.application_id = a.application_id"
                    + where("a.submitted_at", "a", "a", "a");
        }

        private String applicationWithdrawals() {
            return "select 'AW', a.withdrawn_at, a.field_code, a.province_code, a.school_id, a.business_id,"
                    + " a.student_id, 0, " + NO_TIME + ", " + NO_DAYS + " from application_fact a"
                    + where("a.withdrawn_at", "a", "a", "a");
        }

        private String placementEnds() {
            return "select case when p.status = 'WITHDRAWN' then 'PW' else 'PT' end, p.ended_at, p.field_code,"
                    + " p.province_code, p.school_id, p.business_id, p.student_id, 0, " + NO_TIME + ", " + NO_DAYS
                    + " from placement_fact p"
                    + where("p.ended_at", "p", "p", "p");
        }

        /**
         * The range on {@code time} and the filters: field and province on {@code terms}' table, the business on
         * {@code business}', the school on {@code school}'s (null: the fact has no school).
         */
        private String where(String time, String terms, String business, String school) {
            StringBuilder where = new StringBuilder(" where " + time + " >= ? and " + time + " < ?");
            parameters.add(from);
            parameters.add(until);
            filter(where, terms + ".field_code", query.fieldCode());
            filter(where, terms + ".province_code", query.provinceCode());
            filter(where, business + ".business_id", query.businessId());
            if (school != null) {
                filter(where, school + ".school_id", query.schoolId());
            }
            return where.toString();
        }

        private void filter(StringBuilder where, String column, Optional<?> value) {
            value.ifPresent(v -> {
                where.append(" and ").append(column).append(" = ?");
                parameters.add(v);
            });
        }

        private String dimensions() {
            return java.util.Arrays.stream(KpiDimension.values())
                    .map(d -> query.groupBy().contains(d) ? d.column() : "null as " + d.column())
                    .collect(Collectors.joining(", "));
        }

        private String grouping() {
            return query.groupBy().isEmpty() ? "0" : "grouping(" + columns() + ")";
        }

        private String cube() {
            return query.groupBy().isEmpty() ? "" : ", cube(" + columns() + ")";
        }

        private String orderByDimensions() {
            return query.groupBy().stream()
                    .map(d -> ", " + d.column() + " nulls first")
                    .collect(Collectors.joining());
        }

        private String columns() {
            return query.groupBy().stream().map(KpiDimension::column).collect(Collectors.joining(", "));
        }
    }
}
