package vn.practica.catalog.field;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A field of practical work (Tourism, IT, ...): reference data every offer, placement and KPI points to. */
@Entity
@Table(name = "field")
public class Field {
    /** The name columns' width (V1__field.sql); requests are validated against it. */
    public static final int MAX_NAME = 200;

    @Id
    private String code;

    /** Assigned by the database on insert: the programme's order. */
    @Column(insertable = false, updatable = false)
    private Integer position;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FieldStatus status;

    /** Incremented by every change; consumers apply an event only if it is newer than what they hold. */
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Field() {}

    public static Field open(String code, String nameVi, String nameEn, Instant now) {
        Field field = new Field();
        field.code = code;
        field.nameVi = nameVi;
        field.nameEn = nameEn;
        field.status = FieldStatus.ACTIVE;
        field.version = 1;
        field.createdAt = now;
        field.updatedAt = now;
        return field;
    }

    /** Renames an active field; a name left null keeps its current value. Returns false if nothing changed. */
    public boolean rename(String newNameVi, String newNameEn, Instant now) {
        requireActive();
        String vi = newNameVi == null ? nameVi : newNameVi;
        String en = newNameEn == null ? nameEn : newNameEn;
        if (vi.equals(nameVi) && en.equals(nameEn)) {
            return false;
        }
        nameVi = vi;
        nameEn = en;
        touch(now);
        return true;
    }

    /** Retires the field: it stays readable, for past offers and KPIs, but takes no new work. */
    public void retire(Instant now) {
        requireActive();
        status = FieldStatus.RETIRED;
        touch(now);
    }

    public boolean isRetired() {
        return status == FieldStatus.RETIRED;
    }

    private void requireActive() {
        if (isRetired()) {
            throw new IllegalStateException("Field " + code + " is retired");
        }
    }

    private void touch(Instant now) {
        version++;
        updatedAt = now;
    }

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public FieldStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
