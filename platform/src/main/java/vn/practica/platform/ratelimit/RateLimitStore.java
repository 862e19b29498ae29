package vn.practica.platform.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The {@code rate_limit_bucket} table, on connections of its own in autocommit: a bucket update is never part
 * of the request's transaction, so a refused request writes nothing else and a rolled-back one still counts.
 */
@ApplicationScoped
class RateLimitStore {
    /**
     * One statement, atomic under concurrency from every instance: the insert or the conditional update holds
     * the bucket's row lock only for itself. A served request moves tat one interval on from
     * {@code max(tat, now)}; a refused one leaves the row as it was and reads its tat in the same statement.
     * {@code now()} is the database clock, the same for all instances; when the statement waited for the lock
     * its {@code now()} is a little old, which only makes the decision stricter.
     */
    private static final String TAKE = """
            with taken as (
                insert into rate_limit_bucket as b (bucket, tat)
                values (?, now() + ? * interval '1 microsecond')
                on conflict (bucket) do update set tat = greatest(b.tat, now()) + ? * interval '1 microsecond'
                where greatest(b.tat, now()) - now() <= ? * interval '1 microsecond'
                returning b.tat)
            select true, (extract(epoch from tat - now()) * 1000000)::bigint from taken
            union all
            select false, (extract(epoch from tat - now()) * 1000000)::bigint from rate_limit_bucket
            where bucket = ? and not exists (select from taken)
            """;

    private static final String DELETE_REFILLED = "delete from rate_limit_bucket where ctid = any(array("
            + "select ctid from rate_limit_bucket where tat < now() limit ?))";

    private final DataSource dataSource;

    RateLimitStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Spends one request of {@code bucket} under {@code policy} if it has one left. */
    RateLimitDecision take(String bucket, RateLimitPolicy policy) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(TAKE)) {
            statement.setString(1, bucket);
            statement.setLong(2, policy.intervalMicros());
            statement.setLong(3, policy.intervalMicros());
            statement.setLong(4, policy.toleranceMicros());
            statement.setString(5, bucket);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    // Refused on a row another instance inserted after this statement's snapshot: it was created
                    // a moment ago, so the bucket is as empty as it gets.
                    return RateLimitDecision.refused(policy, policy.toleranceMicros() + policy.intervalMicros());
                }
                long ahead = row.getLong(2);
                return row.getBoolean(1)
                        ? RateLimitDecision.served(policy, ahead)
                        : RateLimitDecision.refused(policy, ahead);
            }
        }
    }

    /**
     * Deletes up to {@code limit} buckets whose tat has passed; returns how many. Such a bucket is full, exactly
     * as if it had no row, so deleting it changes no decision; a bucket updated meanwhile has a new row version
     * (another ctid) and stays.
     */
    int deleteRefilled(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(DELETE_REFILLED)) {
            statement.setInt(1, limit);
            return statement.executeUpdate();
        }
    }
}
