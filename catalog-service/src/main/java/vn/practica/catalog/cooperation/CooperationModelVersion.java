package vn.practica.catalog.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One edition of a cooperation model, never changed once written: offers and agreements name the code and the
 * version they were made under, so every version stays readable.
 */
@Entity
@Table(name = "cooperation_model_version")
@IdClass(CooperationModelVersion.Key.class)
public class CooperationModelVersion {
    /** The primary key: the model's code and the version number. */
    public record Key(String code, long version) {}

    @Id
    private String code;

    @Id
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CooperationModelStatus status;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "description_vi", nullable = false)
    private String descriptionVi;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "contribution_kinds", nullable = false)
    private String[] contributionKinds;

    @Column(name = "min_hours", nullable = false)
    private int minHours;

    @Column(name = "max_hours", nullable = false)
    private int maxHours;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<AgreementClause> clauses;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evaluation_areas", nullable = false)
    private List<EvaluationArea> evaluationAreas;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected CooperationModelVersion() {}

    /** The model's current version as it now stands, saying {@code terms}. */
    public static CooperationModelVersion of(CooperationModel model, CooperationTerms terms) {
        CooperationModelVersion row = new CooperationModelVersion();
        row.code = model.code();
        row.version = model.version();
        row.status = model.status();
        row.nameVi = terms.nameVi();
        row.nameEn = terms.nameEn();
        row.descriptionVi = terms.descriptionVi();
        row.descriptionEn = terms.descriptionEn();
        row.contributionKinds =
                terms.contributionKinds().stream().map(Enum::name).toArray(String[]::new);
        row.minHours = terms.minHours();
        row.maxHours = terms.maxHours();
        row.clauses = terms.clauses();
        row.evaluationAreas = terms.evaluationAreas();
        row.publishedAt = model.updatedAt();
        return row;
    }

    public CooperationTerms terms() {
        return new CooperationTerms(
                nameVi,
                nameEn,
                descriptionVi,
                descriptionEn,
                Arrays.stream(contributionKinds).map(ContributionKind::valueOf).toList(),
                minHours,
                maxHours,
                clauses,
                evaluationAreas);
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    public CooperationModelStatus status() {
        return status;
    }

    /** When this version was published: the model's creation, revision or retirement. */
    public Instant publishedAt() {
        return publishedAt;
    }
}
