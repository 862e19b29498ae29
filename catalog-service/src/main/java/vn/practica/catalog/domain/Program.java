package vn.practica.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A school's programme (field, VQF level, names, duration), keyed by the school's sourcedId. */
@Entity
@Table(name = "program")
public class Program {
    @Id
    private UUID id;

    @Column(name = "school_id")
    private UUID schoolId;

    @Column(name = "sourced_id")
    private String sourcedId;

    @Column(name = "field_code")
    private String fieldCode;

    private int level;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Enumerated(EnumType.STRING)
    private SyncStatus status;

    @Column(name = "date_last_modified")
    private Instant dateLastModified;

    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Program() {}

    public static Program create(UUID schoolId, ProgramRecord record, Instant now) {
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.schoolId = schoolId;
        program.sourcedId = record.sourcedId();
        program.copy(record, now);
        program.version = 1;
        return program;
    }

    /** Applies the school's newer record; returns false when it changes nothing (no version, no event). */
    public boolean update(ProgramRecord record, Instant now) {
        if (sameAs(record)) {
            return false;
        }
        copy(record, now);
        version++;
        return true;
    }

    private boolean sameAs(ProgramRecord r) {
        return fieldCode.equals(r.fieldCode())
                && level == r.level()
                && nameVi.equals(r.nameVi())
                && Objects.equals(nameEn, r.nameEn())
                && Objects.equals(durationMonths, r.durationMonths())
                && status == r.status();
    }

    private void copy(ProgramRecord r, Instant now) {
        fieldCode = r.fieldCode();
        level = r.level();
        nameVi = r.nameVi();
        nameEn = r.nameEn();
        durationMonths = r.durationMonths();
        status = r.status();
        dateLastModified = r.dateLastModified();
        updatedAt = now;
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

    public String fieldCode() {
        return fieldCode;
    }

    public int level() {
        return level;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public Integer durationMonths() {
        return durationMonths;
    }

    public SyncStatus status() {
        return status;
    }

    public Instant dateLastModified() {
        return dateLastModified;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
