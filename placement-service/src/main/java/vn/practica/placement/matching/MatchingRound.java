package vn.practica.placement.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.id.TimeOrderedIds;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.upsert.VersionedEntity;

/**
 * A matching round: which offers (those open whose work starts in the term, optionally of one field or province),
 * whose students (every school's for the State, one school's for that school), until when they rank, and the
 * lottery seed published when it opens. OPEN, then CLOSED at the deadline (or earlier by its organizer), then
 * MATCHED by the first run that succeeds.
 */
@Entity
@Table(name = "matching_round")
public class MatchingRound extends VersionedEntity {
    /** The algorithm version a result names: a change in what the algorithm computes gets a new number. */
    public static final String DEFERRED_ACCEPTANCE = "deferred-acceptance/1";

    public static final String STUDENT_PROJECT_ALLOCATION = "student-project-allocation/1";

    @Id
    private UUID id;

    private String name;
    private String term;

    @Column(name = "starts_from")
    private LocalDate startsFrom;

    @Column(name = "starts_until")
    private LocalDate startsUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "organizer_kind")
    private OrganizerKind organizerKind;

    @Column(name = "organizer_id")
    private UUID organizerId;

    @Column(name = "field_code")
    private String fieldCode;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "preference_deadline")
    private Instant preferenceDeadline;

    @Column(name = "choice_cap")
    private int choiceCap;

    @Enumerated(EnumType.STRING)
    private RoundStatus status;

    private long seed;
    private String algorithm;

    @Column(name = "result_fingerprint")
    private String resultFingerprint;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "matched_at")
    private Instant matchedAt;

    protected MatchingRound() {}

    private MatchingRound(Instant now) {
        super(now);
    }

    /** Who organizes a round: the State for the whole country, or a school for its own students. */
    public enum OrganizerKind {
        STATE,
        SCHOOL
    }

    static MatchingRound open(
            RoundDefinition definition,
            OrganizerKind kind,
            UUID organizerId,
            long seed,
            String createdBy,
            Instant now) {
        MatchingRound round = new MatchingRound(now);
        round.id = TimeOrderedIds.next();
        round.name = definition.name();
        round.term = definition.term();
        round.startsFrom = definition.startsFrom();
        round.startsUntil = definition.startsUntil();
        round.organizerKind = kind;
        round.organizerId = organizerId;
        round.fieldCode = definition.fieldCode();
        round.provinceCode = definition.provinceCode();
        round.preferenceDeadline = definition.preferenceDeadline();
        round.choiceCap = definition.choiceCap();
        round.status = RoundStatus.OPEN;
        round.seed = seed;
        round.createdBy = createdBy;
        round.createdAt = now;
        return round;
    }

    /** Students may rank until the deadline, while the round is open. */
    void requireTakingPreferences(Instant now) {
        if (status != RoundStatus.OPEN || !now.isBefore(preferenceDeadline)) {
            throw new DomainException(
                            RoundProblems.ROUND_NOT_OPEN,
                            "Round " + id + " took preferences until " + preferenceDeadline)
                    .with("preferenceDeadline", preferenceDeadline.toString());
        }
    }

    /** Closes ranking when the deadline has passed, or at once when its organizer says so; true when it changed. */
    boolean close(Instant now, boolean early) {
        if (status != RoundStatus.OPEN) {
            return false;
        }
        if (!early && now.isBefore(preferenceDeadline)) {
            throw new DomainException(
                            RoundProblems.ROUND_NOT_CLOSED,
                            "Round " + id + " takes preferences until " + preferenceDeadline)
                    .with("preferenceDeadline", preferenceDeadline.toString());
        }
        return change(
                false,
                () -> {
                    status = RoundStatus.CLOSED;
                    closedAt = now;
                    if (now.isBefore(preferenceDeadline)) {
                        preferenceDeadline = now;
                    }
                },
                now);
    }

    void requireRunnable() {
        if (status == RoundStatus.MATCHED) {
            throw new DomainException(RoundProblems.ROUND_ALREADY_MATCHED, "Round " + id + " was matched already");
        }
    }

    void matched(String algorithm, String fingerprint, Instant now) {
        change(
                false,
                () -> {
                    status = RoundStatus.MATCHED;
                    this.algorithm = algorithm;
                    resultFingerprint = fingerprint;
                    matchedAt = now;
                },
                now);
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String term() {
        return term;
    }

    public LocalDate startsFrom() {
        return startsFrom;
    }

    public LocalDate startsUntil() {
        return startsUntil;
    }

    public OrganizerKind organizerKind() {
        return organizerKind;
    }

    /** The organizing school; empty for the State's rounds. */
    public Optional<UUID> organizerId() {
        return Optional.ofNullable(organizerId);
    }

    public Optional<String> fieldCode() {
        return Optional.ofNullable(fieldCode);
    }

    public Optional<String> provinceCode() {
        return Optional.ofNullable(provinceCode);
    }

    public Instant preferenceDeadline() {
        return preferenceDeadline;
    }

    public int choiceCap() {
        return choiceCap;
    }

    public RoundStatus status() {
        return status;
    }

    public long seed() {
        return seed;
    }

    public Optional<String> algorithm() {
        return Optional.ofNullable(algorithm);
    }

    public Optional<String> resultFingerprint() {
        return Optional.ofNullable(resultFingerprint);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<Instant> matchedAt() {
        return Optional.ofNullable(matchedAt);
    }
}
