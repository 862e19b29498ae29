package vn.practica.catalog.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import vn.practica.platform.id.TimeOrderedIds;
import vn.practica.platform.upsert.VersionedEntity;

/** What every row a school syncs has: our id, the school's sourcedId, OneRoster status and versioning. */
@MappedSuperclass
public abstract class SyncedEntity extends VersionedEntity {
    @Id
    private UUID id;

    @Column(name = "school_id")
    private UUID schoolId;

    @Column(name = "sourced_id")
    private String sourcedId;

    @Enumerated(EnumType.STRING)
    private SyncStatus status;

    @Column(name = "date_last_modified")
    private Instant dateLastModified;

    protected SyncedEntity() {}

    protected SyncedEntity(UUID schoolId, String sourcedId, Instant now) {
        super(now);
        this.id = TimeOrderedIds.next();
        this.schoolId = schoolId;
        this.sourcedId = sourcedId;
    }

    /** Sets the columns every synced row has, for a row read without Hibernate (bulk sync). */
    protected void restore(Stored stored) {
        id = stored.id();
        schoolId = stored.schoolId();
        sourcedId = stored.sourcedId();
        status = stored.status();
        dateLastModified = stored.dateLastModified();
        restoreVersion(stored.version(), stored.updatedAt());
    }

    /** The columns every synced row has, as stored. */
    public record Stored(
            UUID id,
            UUID schoolId,
            String sourcedId,
            SyncStatus status,
            Instant dateLastModified,
            long version,
            Instant updatedAt) {}

    /** Records the school's status and modification time of the row just copied in. */
    protected void stamp(SyncStatus newStatus, Instant modified, Instant now) {
        status = newStatus;
        dateLastModified = modified;
        touch(now);
    }

    /** True when the school sends a row older than the one stored: it must not win. */
    public boolean isNewerThan(Instant modified) {
        return modified.isBefore(dateLastModified);
    }

    public UUID id() {
        return id;
    }

    public UUID schoolId() {
        return schoolId;
    }

    public String sourcedId() {
        return sourcedId;
    }

    public SyncStatus status() {
        return status;
    }

    public Instant dateLastModified() {
        return dateLastModified;
    }
}
