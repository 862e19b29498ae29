package vn.practica.placement.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.offer.WorkMode;
import vn.practica.platform.upsert.VersionedEntity;

/**
 * The agreement of one placement, version by version: its content and the confirmations of its current version.
 * A change takes the next version and clears every confirmation but the editor's own (their change is their
 * consent); the three confirmations together make the placement AGREED.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends VersionedEntity {
    @Id
    @Column(name = "placement_id")
    private UUID placementId;

    @Column(name = "cooperation_model_code")
    private String cooperationModelCode;

    @Column(name = "cooperation_model_version")
    private long cooperationModelVersion;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "weekly_hours")
    private int weeklyHours;

    @Column(name = "total_hours")
    private int totalHours;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_mode")
    private WorkMode workMode;

    @Column(name = "province_code")
    private String provinceCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "offer_item_ids")
    private UUID[] offerItemIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "added_item_ids")
    private UUID[] addedItemIds;

    @Column(name = "supervisor_subject")
    private String supervisorSubject;

    @Column(name = "supervisor_name")
    private String supervisorName;

    @Column(name = "mentor_subject")
    private String mentorSubject;

    @Column(name = "mentor_name")
    private String mentorName;

    @Column(name = "learner_confirmed_at")
    private Instant learnerConfirmedAt;

    @Column(name = "learner_confirmed_by")
    private String learnerConfirmedBy;

    @Column(name = "school_confirmed_at")
    private Instant schoolConfirmedAt;

    @Column(name = "school_confirmed_by")
    private String schoolConfirmedBy;

    @Column(name = "business_confirmed_at")
    private Instant businessConfirmedAt;

    @Column(name = "business_confirmed_by")
    private String businessConfirmedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Agreement() {}

    private Agreement(Instant now) {
        super(now);
    }

    /** The first version, drafted from the offer when the placement is proposed. */
    static Agreement draft(UUID placementId, OfferTerms offer, Instant now) {
        Agreement agreement = new Agreement(now);
        agreement.placementId = placementId;
        agreement.cooperationModelCode = offer.cooperationModelCode();
        agreement.cooperationModelVersion = offer.cooperationModelVersion();
        agreement.copy(AgreementContent.fromOffer(offer));
        agreement.createdAt = now;
        return agreement;
    }

    /**
     * Replaces the content unless it holds {@code next} already; a change takes the next version and keeps only
     * the confirmations of {@code editorSlots}. Whether it changed.
     */
    boolean revise(AgreementContent next, Set<AgreementSlot> editorSlots, Instant now) {
        return change(
                content().equals(next),
                () -> {
                    copy(next);
                    for (AgreementSlot slot : AgreementSlot.values()) {
                        if (!editorSlots.contains(slot)) {
                            setConfirmation(slot, null);
                        }
                    }
                },
                now);
    }

    /**
     * Confirms the current version in {@code slots} by {@code subject}; whether anything was new (a slot already
     * confirmed keeps its first time). A confirmation does not change the content, so the version stays.
     */
    boolean confirm(Set<AgreementSlot> slots, String subject, Instant now) {
        boolean changed = false;
        for (AgreementSlot slot : slots) {
            if (confirmations().get(slot) == null) {
                setConfirmation(slot, new Confirmation(now, subject));
                changed = true;
            }
        }
        if (changed) {
            touch(now);
        }
        return changed;
    }

    boolean confirmedByAll() {
        return confirmations().values().stream().allMatch(c -> c != null);
    }

    AgreementContent content() {
        return new AgreementContent(
                startDate,
                endDate,
                weeklyHours,
                totalHours,
                workMode,
                provinceCode,
                List.of(offerItemIds),
                List.of(addedItemIds),
                supervisorSubject == null ? null : new Person(supervisorSubject, supervisorName),
                mentorSubject == null ? null : new Person(mentorSubject, mentorName));
    }

    /** Each slot's confirmation of the current version; null where it is still awaited. */
    Map<AgreementSlot, Confirmation> confirmations() {
        Map<AgreementSlot, Confirmation> all = new EnumMap<>(AgreementSlot.class);
        all.put(AgreementSlot.LEARNER, confirmation(learnerConfirmedAt, learnerConfirmedBy));
        all.put(AgreementSlot.SCHOOL, confirmation(schoolConfirmedAt, schoolConfirmedBy));
        all.put(AgreementSlot.BUSINESS, confirmation(businessConfirmedAt, businessConfirmedBy));
        return all;
    }

    AgreementDetails details() {
        return new AgreementDetails(
                placementId,
                cooperationModelCode,
                cooperationModelVersion,
                content(),
                confirmations(),
                version(),
                createdAt,
                updatedAt());
    }

    private void copy(AgreementContent c) {
        startDate = c.startDate();
        endDate = c.endDate();
        weeklyHours = c.weeklyHours();
        totalHours = c.totalHours();
        workMode = c.workMode();
        provinceCode = c.provinceCode();
        offerItemIds = c.offerItemIds().toArray(UUID[]::new);
        addedItemIds = c.addedItemIds().toArray(UUID[]::new);
        supervisorSubject = c.supervisor() == null ? null : c.supervisor().subject();
        supervisorName = c.supervisor() == null ? null : c.supervisor().name();
        mentorSubject = c.mentor() == null ? null : c.mentor().subject();
        mentorName = c.mentor() == null ? null : c.mentor().name();
    }

    private void setConfirmation(AgreementSlot slot, Confirmation c) {
        Instant at = c == null ? null : c.at();
        String by = c == null ? null : c.by();
        switch (slot) {
            case LEARNER -> {
                learnerConfirmedAt = at;
                learnerConfirmedBy = by;
            }
            case SCHOOL -> {
                schoolConfirmedAt = at;
                schoolConfirmedBy = by;
            }
            case BUSINESS -> {
                businessConfirmedAt = at;
                businessConfirmedBy = by;
            }
        }
    }

    private static Confirmation confirmation(Instant at, String by) {
        return at == null ? null : new Confirmation(at, by);
    }
}
