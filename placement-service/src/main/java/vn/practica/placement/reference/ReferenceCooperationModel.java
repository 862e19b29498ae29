package vn.practica.placement.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a cooperation model as catalog-service published it; written only by its events and never
 * changed, since offers keep the version they were made under.
 */
@Entity
@Immutable
@Table(name = "cooperation_model_version")
@IdClass(ReferenceCooperationModel.Key.class)
public class ReferenceCooperationModel {
    /** The primary key: the model's code and the version number. */
    public record Key(String code, long version) {}

    /** An agreement clause the model requires, in Vietnamese and English. */
    public record Clause(String key, String textVi, String textEn) {}

    /** An area an evaluation under the model scores; its share is its weight over the sum of weights. */
    public record EvaluationArea(String code, String nameVi, String nameEn, int weight) {}

    public static final String ACTIVE = "ACTIVE";

    @Id
    private String code;

    @Id
    private long version;

    private String status;

    @Column(name = "name_vi")
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "description_vi")
    private String descriptionVi;

    @Column(name = "description_en")
    private String descriptionEn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contribution_kinds")
    private List<String> contributionKinds;

    @Column(name = "min_hours")
    private int minHours;

    @Column(name = "max_hours")
    private int maxHours;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Clause> clauses;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "evaluation_areas")
    private List<EvaluationArea> evaluationAreas;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ReferenceCooperationModel() {}

    /** Open to new work: offers may be made under this version only if it is the model's current, active one. */
    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    /** Whether the model covers this kind of contribution ({@code REAL_PROJECT}, {@code INTERNSHIP}, ...). */
    public boolean allows(String contributionKind) {
        return contributionKinds.contains(contributionKind);
    }

    public boolean hoursWithin(int hours) {
        return hours >= minHours && hours <= maxHours;
    }

    /** The rules offers follow under this version, as a value other features may hold. */
    public CooperationTerms terms() {
        return new CooperationTerms(code, version, isActive(), contributionKinds, minHours, maxHours);
    }

    /** What agreements made under this version take from it. */
    public CooperationAgreementTerms agreementTerms() {
        return new CooperationAgreementTerms(
                code,
                version,
                nameVi,
                nameEn,
                minHours,
                maxHours,
                clauses.stream()
                        .map(c -> new CooperationAgreementTerms.Clause(c.key(), c.textVi(), c.textEn()))
                        .toList());
    }

    public String code() {
        return code;
    }

    public long version() {
        return version;
    }

    public String status() {
        return status;
    }

    public String nameVi() {
        return nameVi;
    }

    public String nameEn() {
        return nameEn;
    }

    public String descriptionVi() {
        return descriptionVi;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public List<String> contributionKinds() {
        return contributionKinds;
    }

    public int minHours() {
        return minHours;
    }

    public int maxHours() {
        return maxHours;
    }

    public List<Clause> clauses() {
        return clauses;
    }

    public List<EvaluationArea> evaluationAreas() {
        return evaluationAreas;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
