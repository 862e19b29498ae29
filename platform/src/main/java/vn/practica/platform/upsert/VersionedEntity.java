package vn.practica.platform.upsert;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A row kept in step with a record from outside (a school's LMS, a CASE package, a partner's system): a new
 * version, and so an event, only when an incoming record changes something. The version is the row's ETag
 * and the order consumers apply its events in.
 */
@MappedSuperclass
public abstract class VersionedEntity {
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected VersionedEntity() {}

    protected VersionedEntity(Instant now) {
        this.version = 1;
        this.updatedAt = now;
    }

    /**
     * Copies the incoming values unless the row already holds them; returns whether it changed, having taken
     * the next version.
     */
    protected final boolean change(boolean alreadyHolds, Runnable copy, Instant now) {
        if (alreadyHolds) {
            return false;
        }
        copy.run();
        version++;
        updatedAt = now;
        return true;
    }

    /** For a row read without Hibernate (bulk reads), its stored version and time. */
    protected final void restoreVersion(long storedVersion, Instant storedUpdatedAt) {
        version = storedVersion;
        updatedAt = storedUpdatedAt;
    }

    protected final void touch(Instant now) {
        updatedAt = now;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
