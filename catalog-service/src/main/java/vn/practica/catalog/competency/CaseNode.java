package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.practica.platform.upsert.VersionedEntity;

/** What every stored CASE object has: its CASE identifier and uri, unmodelled properties and versioning. */
@MappedSuperclass
public abstract class CaseNode extends VersionedEntity {
    @Id
    private UUID id;

    private String uri;

    @Column(name = "last_change_date_time")
    private Instant lastChangeDateTime;

    @JdbcTypeCode(SqlTypes.JSON)
    private String extra;

    protected CaseNode() {}

    protected CaseNode(UUID id, Instant now) {
        super(now);
        this.id = id;
    }

    /** True when the common properties already hold these values. */
    protected boolean sameNode(String newUri, Instant changed, ObjectNode newExtra) {
        return uri.equals(newUri) && lastChangeDateTime.equals(changed) && JsonObjects.same(extra, newExtra);
    }

    protected void copyNode(String newUri, Instant changed, ObjectNode newExtra, Instant now) {
        uri = newUri;
        lastChangeDateTime = changed;
        extra = JsonObjects.write(newExtra);
        touch(now);
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
}
