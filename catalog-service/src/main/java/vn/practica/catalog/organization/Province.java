package vn.practica.catalog.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 34 provincial-level units; reference data seeded by Flyway. */
@Entity
@Table(name = "province")
public class Province {
    /** Column widths (V3__province.sql). */
    public static final int MAX_CODE = 8;

    public static final int MAX_NAME = 100;
    public static final int MAX_MERGED_FROM = 300;

    @Id
    private String code;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    private String kind;

    @Column(name = "merged_from")
    private String mergedFrom;

    protected Province() {}

    public String code() {
        return code;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public String kind() {
        return kind;
    }

    public String mergedFrom() {
        return mergedFrom;
    }
}
