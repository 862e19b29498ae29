package vn.practica.placement.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.offer.OfferLimits;
import vn.practica.placement.offer.WorkMode;
import vn.practica.placement.placement.ApplicantKind;
import vn.practica.placement.placement.PlacementStatus;
import vn.practica.placement.reference.CooperationAgreementTerms;
import vn.practica.platform.http.ETags;

/**
 * An agreement as its reader may see it: the State reads its terms and who confirmed when by role, not the names
 * of people (student, supervisor, mentor) nor their subs.
 */
@Schema(name = "AgreementResponse", description = "A placement's agreement; members you may not see are absent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgreementResponse(
        UUID placementId,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION, description = "The ETag; each change takes the next")
        long version,

        PlacementStatus placementStatus,

        @Schema(description = "SCHOOL: a school's course holds the place, and the school confirms as the learner")
        ApplicantKind applicantKind,

        CooperationModel cooperationModel,
        LocalDate startDate,
        LocalDate endDate,

        @Schema(minimum = "1", maximum = "48") int weeklyHours,
        @Schema(minimum = "1", maximum = "10000") int totalHours,
        WorkMode workMode,

        @Schema(maxLength = OfferLimits.PROVINCE_CODE, description = "Absent for REMOTE work")
        String provinceCode,

        @Schema(maxItems = AgreementLimits.MAX_OBJECTIVES) List<Objective> learningObjectives,
        Parties parties,
        NamedPerson schoolSupervisor,
        NamedPerson businessMentor,

        @Schema(maxItems = 100, description = "The clauses the cooperation model requires, in Vietnamese and English")
        List<Clause> clauses,

        Confirmations confirmations,

        @Schema(maxItems = 3, description = "Whose confirmation of the current version is still awaited")
        List<AgreementSlot> awaiting,

        Instant createdAt,
        Instant updatedAt) {

    /** The cooperation model version the agreement is made under. */
    @Schema(name = "AgreementCooperationModel", description = "The cooperation model version and its hour bounds")
    public record CooperationModel(
            @Schema(maxLength = OfferLimits.CODE) String code,

            @Schema(minimum = "1", maximum = ETags.MAX_VERSION)
            long version,

            @Schema(maxLength = 200) String nameVi,
            @Schema(maxLength = 200) String nameEn,
            @Schema(minimum = "1", maximum = "10000") int minHours,
            @Schema(minimum = "1", maximum = "10000") int maxHours) {}

    /** A learning objective: a competency item, from the offer or added by the school. */
    @Schema(name = "AgreementObjective", description = "A competency item the placement is to practise")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Objective(
            UUID itemId,
            @Schema(maxLength = 255) String humanCodingScheme,
            @Schema(maxLength = 20000) String statement,
            AgreementView.ObjectiveSource source) {}

    /** The parties by name; the learner's name is for the parties only. */
    @Schema(name = "AgreementParties", description = "The learner, the school and the business")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parties(
            @Schema(maxLength = 400, description = "The student, or the school and its course; for the parties")
            String learnerName,

            UUID schoolId,
            @Schema(maxLength = 100) String schoolName,
            UUID businessId,
            @Schema(maxLength = 100) String businessName) {}

    /** A supervisor or a mentor. */
    @Schema(name = "AgreementPerson", description = "A school or business user named in the agreement")
    public record NamedPerson(
            @Schema(maxLength = AgreementLimits.SUBJECT) String subject,
            @Schema(maxLength = AgreementLimits.NAME) String name) {
        static NamedPerson of(Person person) {
            return person == null ? null : new NamedPerson(person.subject(), person.name());
        }
    }

    /** A clause in both languages. */
    @Schema(name = "AgreementClause", description = "A clause of the agreement, in Vietnamese and English")
    public record Clause(
            @Schema(maxLength = 64) String key,
            @Schema(maxLength = 4000) String textVi,
            @Schema(maxLength = 4000) String textEn) {}

    /** The confirmations of the current version; an awaited one is absent. */
    @Schema(name = "AgreementConfirmations", description = "Who confirmed the current version, and when")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Confirmations(Confirmed learner, Confirmed school, Confirmed business) {}

    /** One confirmation: when, and by whom (their sub; for the parties only). */
    @Schema(name = "AgreementConfirmation", description = "A confirmation of the current version")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Confirmed(
            Instant confirmedAt,
            @Schema(maxLength = AgreementLimits.SUBJECT) String confirmedBy) {}

    public static AgreementResponse of(AgreementView view) {
        AgreementDetails a = view.agreement();
        AgreementContent c = a.content();
        boolean people = view.showsPeople();
        var placement = view.access().placement();
        return new AgreementResponse(
                a.placementId(),
                a.version(),
                placement.status(),
                placement.applicantKind(),
                model(view.model()),
                c.startDate(),
                c.endDate(),
                c.weeklyHours(),
                c.totalHours(),
                c.workMode(),
                c.provinceCode(),
                view.objectives().stream()
                        .map(o -> new Objective(o.itemId(), o.humanCodingScheme(), o.statement(), o.source()))
                        .toList(),
                new Parties(
                        people ? view.parties().learnerName() : null,
                        placement.schoolId(),
                        view.parties().schoolName(),
                        placement.businessId(),
                        view.parties().businessName()),
                people ? NamedPerson.of(c.supervisor()) : null,
                people ? NamedPerson.of(c.mentor()) : null,
                view.model().clauses().stream()
                        .map(k -> new Clause(k.key(), k.textVi(), k.textEn()))
                        .toList(),
                confirmations(a.confirmations(), people),
                a.confirmations().entrySet().stream()
                        .filter(entry -> entry.getValue() == null)
                        .map(Map.Entry::getKey)
                        .toList(),
                a.createdAt(),
                a.updatedAt());
    }

    private static CooperationModel model(CooperationAgreementTerms m) {
        return new CooperationModel(m.code(), m.version(), m.nameVi(), m.nameEn(), m.minHours(), m.maxHours());
    }

    private static Confirmations confirmations(Map<AgreementSlot, Confirmation> all, boolean people) {
        return new Confirmations(
                confirmed(all.get(AgreementSlot.LEARNER), people),
                confirmed(all.get(AgreementSlot.SCHOOL), people),
                confirmed(all.get(AgreementSlot.BUSINESS), people));
    }

    private static Confirmed confirmed(Confirmation c, boolean people) {
        return c == null ? null : new Confirmed(c.at(), people ? c.by() : null);
    }
}
