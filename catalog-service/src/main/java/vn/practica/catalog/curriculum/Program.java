package vn.practica.catalog.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import vn.practica.platform.text.SearchText;

/** A school's programme (field, VQF level, names, duration), keyed by the school's sourcedId. */
@Entity
@Table(name = "program")
public class Program extends SyncedEntity {
    @Column(name = "field_code")
    private String fieldCode;

    private int level;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "duration_months")
    private Integer durationMonths;

    @Column(name = "search_text")
    private String searchText;

    protected Program() {}

    private Program(UUID schoolId, String sourcedId, Instant now) {
        super(schoolId, sourcedId, now);
    }

    public static Program create(UUID schoolId, ProgramRecord record, Instant now) {
        Program program = new Program(schoolId, record.sourcedId(), now);
        program.copy(record, now);
        return program;
    }

    /** Applies the school's newer record; returns false when it changes nothing (no version, no event). */
    public boolean update(ProgramRecord record, Instant now) {
        return change(sameAs(record), () -> copy(record, now), now);
    }

    private boolean sameAs(ProgramRecord r) {
        return fieldCode.equals(r.fieldCode())
                && level == r.level()
                && nameVi.equals(r.nameVi())
                && Objects.equals(nameEn, r.nameEn())
                && Objects.equals(durationMonths, r.durationMonths())
                && status() == r.status();
    }

    private void copy(ProgramRecord r, Instant now) {
        fieldCode = r.fieldCode();
        level = r.level();
        nameVi = r.nameVi();
        nameEn = r.nameEn();
        durationMonths = r.durationMonths();
        searchText = SearchText.of(nameVi, nameEn, sourcedId());
        stamp(r.status(), r.dateLastModified(), now);
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
}
