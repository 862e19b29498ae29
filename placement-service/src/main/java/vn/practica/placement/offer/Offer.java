package vn.practica.placement.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.practica.platform.id.TimeOrderedIds;
import vn.practica.platform.text.SearchText;
import vn.practica.platform.upsert.VersionedEntity;

/**
 * An offer a business posts, keyed by its own {@code externalRef}; it keeps the cooperation model version it
 * was made under. Seats are taken by accepted placements ({@code seatsTaken}), never beyond {@code seats}.
 */
@Entity
@Table(name = "offer")
public class Offer extends VersionedEntity {
    @Id
    private UUID id;

    @Column(name = "business_id")
    private UUID businessId;

    @Column(name = "external_ref")
    private String externalRef;

    @Enumerated(EnumType.STRING)
    private OfferStatus status;

    private String title;
    private String description;

    @Column(name = "field_code")
    private String fieldCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "competency_item_ids")
    private UUID[] competencyItemIds;

    private int seats;

    /**
     * Written only by the seat rule of accepted placements (applications, next): one conditional update
     * {@code seats_taken = seats_taken + 1 where seats_taken < seats}, so concurrent accepts never overbook.
     */
    @Column(name = "seats_taken", insertable = false, updatable = false)
    private int seatsTaken;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_mode")
    private WorkMode workMode;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "job_start_date")
    private LocalDate jobStartDate;

    @Column(name = "job_end_date")
    private LocalDate jobEndDate;

    @Column(name = "expected_hours")
    private int expectedHours;

    @Column(name = "valid_through")
    private LocalDate validThrough;

    @Column(name = "stipend_vnd")
    private Long stipendVnd;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_school_ids")
    private UUID[] eligibleSchoolIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_program_ids")
    private String[] eligibleProgramIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_years")
    private Integer[] eligibleYears;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "mentor_subjects")
    private String[] mentorSubjects;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "applicant_questions")
    private String[] applicantQuestions;

    @Column(name = "cooperation_model_code")
    private String cooperationModelCode;

    @Column(name = "cooperation_model_version")
    private long cooperationModelVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "contribution_kind")
    private ContributionKind contributionKind;

    @Column(name = "cancel_reason")
    private String cancelReason;

    /** Title and description folded for search ({@link SearchText}), trigram-indexed while the offer is open. */
    @Column(name = "search_text")
    private String searchText;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Offer() {}

    private Offer(Instant now) {
        super(now);
    }

    /** A new offer, a draft only its business sees, under the given version of its cooperation model. */
    static Offer draft(UUID businessId, String externalRef, OfferContent content, long modelVersion, Instant now) {
        Offer offer = new Offer(now);
        offer.id = TimeOrderedIds.next();
        offer.businessId = businessId;
        offer.externalRef = externalRef;
        offer.status = OfferStatus.DRAFT;
        offer.createdAt = now;
        offer.copy(content, modelVersion);
        return offer;
    }

    /** Takes the content; false when the offer holds it already (no version, no event). */
    boolean revise(OfferContent content, long modelVersion, Instant now) {
        return change(holds(content), () -> copy(content, modelVersion), now);
    }

    boolean holds(OfferContent content) {
        return content().equals(content);
    }

    void open(Instant now) {
        change(
                false,
                () -> {
                    status = OfferStatus.OPEN;
                    publishedAt = now;
                },
                now);
    }

    void close(Instant now) {
        change(false, () -> status = OfferStatus.CLOSED, now);
    }

    void cancel(String reason, Instant now) {
        change(
                false,
                () -> {
                    status = OfferStatus.CANCELLED;
                    cancelReason = reason;
                },
                now);
    }

    /** Published offers have been announced: their changes are events, a draft's are not. */
    boolean wasPublished() {
        return publishedAt != null;
    }

    private void copy(OfferContent c, long modelVersion) {
        title = c.title();
        description = c.description();
        fieldCode = c.fieldCode();
        competencyItemIds = c.competencyItemIds().toArray(UUID[]::new);
        seats = c.seats();
        workMode = c.workMode();
        provinceCode = c.provinceCode();
        jobStartDate = c.jobStartDate();
        jobEndDate = c.jobEndDate();
        expectedHours = c.expectedHours();
        validThrough = c.validThrough();
        stipendVnd = c.stipendVnd();
        eligibleSchoolIds = c.eligibility().schoolIds().toArray(UUID[]::new);
        eligibleProgramIds = c.eligibility().programSourcedIds().toArray(String[]::new);
        eligibleYears = c.eligibility().yearsOfStudy().toArray(Integer[]::new);
        mentorSubjects = c.mentorSubjects().toArray(String[]::new);
        applicantQuestions = c.applicantQuestions().toArray(String[]::new);
        cooperationModelCode = c.cooperationModelCode();
        cooperationModelVersion = modelVersion;
        contributionKind = c.contributionKind();
        searchText = SearchText.of(c.title(), c.description());
    }

    /** The content as the business last sent it (normalized). */
    public OfferContent content() {
        return new OfferContent(
                title,
                description,
                fieldCode,
                List.of(competencyItemIds),
                seats,
                workMode,
                provinceCode,
                jobStartDate,
                jobEndDate,
                expectedHours,
                validThrough,
                stipendVnd,
                new OfferEligibility(List.of(eligibleSchoolIds), List.of(eligibleProgramIds), List.of(eligibleYears)),
                List.of(mentorSubjects),
                List.of(applicantQuestions),
                cooperationModelCode,
                contributionKind);
    }

    public UUID id() {
        return id;
    }

    public UUID businessId() {
        return businessId;
    }

    public String externalRef() {
        return externalRef;
    }

    public OfferStatus status() {
        return status;
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public long cooperationModelVersion() {
        return cooperationModelVersion;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
