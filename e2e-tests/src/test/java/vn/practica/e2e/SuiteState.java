package vn.practica.e2e;

import static io.restassured.RestAssured.given;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.practica.devkit.PracticaStack;
import vn.practica.events.catalog.CatalogEventTypes;

/** What each service holds about fields, read the way an auditor would: catalog's API, consumers' tables. */
final class SuiteState {
    /** A field's state as one service holds it. */
    record FieldState(String status, long version, String nameVi, String nameEn) {}

    private final PracticaStack stack;

    SuiteState(PracticaStack stack) {
        this.stack = stack;
    }

    /** The truth: every field catalog-service has, by code. */
    Map<String, FieldState> catalogFields() {
        return catalogFields(stack.service("catalog").baseUrl());
    }

    /** The same, from the catalog instance at {@code baseUrl}. */
    Map<String, FieldState> catalogFields(String baseUrl) {
        List<Map<String, Object>> fields = given().baseUri(baseUrl)
                .when()
                .get("/api/v1/fields")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        Map<String, FieldState> byCode = new TreeMap<>();
        for (Map<String, Object> f : fields) {
            byCode.put(
                    (String) f.get("code"),
                    new FieldState(
                            (String) f.get("status"),
                            ((Number) f.get("version")).longValue(),
                            (String) f.get("nameVi"),
                            (String) f.get("nameEn")));
        }
        return byCode;
    }

    /** Catalog emits exactly one event per field version. */
    static long eventsEmitted(Map<String, FieldState> catalog) {
        return catalog.values().stream().mapToLong(FieldState::version).sum();
    }

    Map<String, FieldState> reportingFields() throws SQLException {
        return fields("reporting", "select code, status, version, name_vi, name_en from field_projection");
    }

    Map<String, FieldState> placementFields() throws SQLException {
        return fields("placement", "select code, status, version, name_vi, name_en from field");
    }

    /** How many times reporting's projection ran a field event (duplicates would count twice). */
    long reportingEventsApplied() throws SQLException {
        return single("reporting", "select coalesce(sum(events_applied), 0) from field_projection");
    }

    /** Field events a consumer recorded; its inbox also holds the other catalog events it keeps (seeds too). */
    long processedFieldEvents(String service) throws SQLException {
        return single(
                service,
                "select count(*) from processed_event where type in ('" + CatalogEventTypes.FIELD_CREATED + "', '"
                        + CatalogEventTypes.FIELD_RENAMED + "', '" + CatalogEventTypes.FIELD_RETIRED + "')");
    }

    long catalogOutboxWaiting() throws SQLException {
        return single("catalog", "select count(*) from outbox_event where sent_at is null");
    }

    private Map<String, FieldState> fields(String service, String sql) throws SQLException {
        Map<String, FieldState> byCode = new TreeMap<>();
        try (Connection c = connect(service);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                byCode.put(
                        rs.getString(1),
                        new FieldState(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
            }
        }
        return byCode;
    }

    /** A count (or other single number) read from a service's own database. */
    long single(String service, String sql) throws SQLException {
        try (Connection c = connect(service);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect(String service) throws SQLException {
        return stack.databases().connect(stack.databaseOf(service));
    }
}
