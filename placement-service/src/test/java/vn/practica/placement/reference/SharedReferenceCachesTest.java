package vn.practica.placement.reference;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.practica.reference.partner.Partner;
import vn.practica.reference.partner.PartnerProjection;

/**
 * Reference data every write checks is held per instance; a change by any writer (another instance's consumer,
 * an operator's SQL) reaches it through the tables' change notices, not only this instance's own consumer.
 */
@QuarkusTest
class SharedReferenceCachesTest {
    private static final Duration NOTICE = Duration.ofSeconds(5);

    @Inject
    PartnerProjection partners;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    DataSource dataSource;

    /** Reads in a transaction of its own, as a request does (awaitility polls on a thread of its own). */
    private static <T> T read(Supplier<T> reading) {
        return QuarkusTransaction.requiringNew().call(reading::get);
    }

    /** As another instance or an operator would: its own connection, committed at once. */
    private void write(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    @Test
    void aSuspensionWrittenElsewhereReachesTheHeldPartnerWithinSeconds() throws Exception {
        UUID id = UUID.randomUUID();
        assertEquals(Optional.empty(), read(() -> partners.findPartner(id)));
        write(
                "insert into partner_organization (id, kind, short_name, province_code, status, version, updated_at)"
                        + " values (?, 'BUSINESS', 'Cảng Sài Gòn', 'HCM', 'VERIFIED', 2, now())",
                id);
        await().atMost(NOTICE).until(() -> read(() -> partners.findPartner(id)).isPresent());
        assertFalse(read(() -> partners.isSuspended(id.toString())));
        assertFalse(read(() -> partners.isSuspended(id.toString())), "held, and still right");

        write("update partner_organization set status = 'SUSPENDED', version = 3 where id = ?", id);

        await().atMost(NOTICE).until(() -> read(() -> partners.isSuspended(id.toString())));
        assertEquals(
                Partner.SUSPENDED,
                read(() -> partners.findPartner(id)).orElseThrow().status());
    }

    @Test
    void aFieldRetiredElsewhereLeavesTheHeldActiveFieldsWithinSeconds() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        read(referenceData::activeFieldCodes);
        write(
                "insert into field (code, name_vi, name_en, status, version, updated_at)"
                        + " values (?, 'Thử nghiệm', 'Trial', 'ACTIVE', 1, now())",
                code);
        await().atMost(NOTICE).until(() -> read(referenceData::activeFieldCodes).contains(code));

        write("update field set status = 'RETIRED', version = 2 where code = ?", code);

        await().atMost(NOTICE)
                .until(() -> !read(referenceData::activeFieldCodes).contains(code));
        assertTrue(read(referenceData::activeFieldCodes).size() > 0);
    }
}
