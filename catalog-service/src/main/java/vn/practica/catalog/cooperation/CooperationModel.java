package vn.practica.catalog.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.practica.platform.upsert.VersionedEntity;

/**
 * A cooperation model standardized by the State: its code, lifecycle and current version. What each version
 * says lives in {@link CooperationModelVersion}; this row is what changes lock, so versions are strictly
 * ordered.
 */
@Entity
@Table(name = "cooperation_model")
public class CooperationModel extends VersionedEntity {
    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CooperationModelStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CooperationModel() {}

    private CooperationModel(String code, Instant now) {
        super(now);
        this.code = code;
        this.status = CooperationModelStatus.ACTIVE;
        this.createdAt = now;
    }

    public static CooperationModel open(String code, Instant now) {
        return new CooperationModel(code, now);
    }

    /** Takes the next version when the new terms differ from the current ones; returns whether it did. */
    public boolean revise(boolean sameTerms, Instant now) {
        requireActive();
        return change(sameTerms, () -> {}, now);
    }

    /** Retires the model at its next version: it stays readable, for past offers and agreements. */
    public void retire(Instant now) {
        requireActive();
        change(false, () -> status = CooperationModelStatus.RETIRED, now);
    }

    public boolean isRetired() {
        return status == CooperationModelStatus.RETIRED;
    }

    private void requireActive() {
        if (isRetired()) {
            throw new IllegalStateException("Cooperation model " + code + " is retired");
        }
    }

    public String code() {
        return code;
    }

    public CooperationModelStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
