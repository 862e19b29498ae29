package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What every stored CASE object has: its CASE identifier and uri, unmodelled properties and versioning. */
@MappedSuperclass
public abstract class CaseNode {
    @Id
    private UUID id;

    private String uri;

    @Column(name = "last_change_date_time")
    private Instant lastChangeDateTime;

    @JdbcTypeCode(SqlTypes.JSON)
    private String extra;

    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected CaseNode() {}

    protected CaseNode(UUID id) {
        this.id = id;
        this.version = 1;
    }

    /** True when the common properties already hold these values. */
    protected boolean sameNode(String newUri, Instant changed, ObjectNode newExtra) {
        return uri.equals(newUri) && lastChangeDateTime.equals(changed) && JsonObjects.same(extra, newExtra);
    }

    protected void copyNode(String newUri, Instant changed, ObjectNode newExtra, Instant now) {
        uri = newUri;
        lastChangeDateTime = changed;
        extra = JsonObjects.write(newExtra);
        updatedAt = now;
    }

    protected void bumpVersion() {
        version++;
    }

    public UUID id() {
        return id;
    }

    public String uri() {
        return uri;
    }

    public Instant lastChangeDateTime() {
        return lastChangeDateTime;
    }

    public ObjectNode extra() {
        return JsonObjects.read(extra);
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
