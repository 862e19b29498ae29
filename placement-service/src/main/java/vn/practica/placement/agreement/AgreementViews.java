package vn.practica.placement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.practica.placement.agreement.AgreementView.Objective;
import vn.practica.placement.agreement.AgreementView.ObjectiveSource;
import vn.practica.placement.agreement.AgreementView.Parties;
import vn.practica.placement.placement.PlacementAccess;
import vn.practica.placement.placement.PlacementDetails;
import vn.practica.placement.reference.CooperationAgreementTerms;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.reference.competency.CompetencyProjection;
import vn.practica.reference.competency.CompetencyProjection.ItemLabel;
import vn.practica.reference.partner.PartnerProjection;

/** Puts together what an agreement is shown with: the model's terms, the parties' names, the objectives' labels. */
@ApplicationScoped
class AgreementViews {
    private final ReferenceDataService reference;
    private final PartnerProjection partners;
    private final StudentDirectoryService students;
    private final CompetencyProjection competencies;

    AgreementViews(
            ReferenceDataService reference,
            PartnerProjection partners,
            StudentDirectoryService students,
            CompetencyProjection competencies) {
        this.reference = reference;
        this.partners = partners;
        this.students = students;
        this.competencies = competencies;
    }

    AgreementView view(AgreementDetails agreement, PlacementAccess access) {
        return new AgreementView(
                agreement, access, model(agreement), parties(access.placement()), objectives(agreement.content()));
    }

    /** The model version the agreement is made under: written once by its event, never removed. */
    CooperationAgreementTerms model(AgreementDetails agreement) {
        return reference
                .cooperationAgreementTerms(agreement.cooperationModelCode(), agreement.cooperationModelVersion())
                .orElseThrow(() -> new IllegalStateException("cooperation model " + agreement.cooperationModelCode()
                        + " version " + agreement.cooperationModelVersion() + " is not kept here"));
    }

    private Parties parties(PlacementDetails placement) {
        Map<UUID, String> names = partners.shortNames(List.of(placement.schoolId(), placement.businessId()));
        String school = names.get(placement.schoolId());
        String learner;
        if (placement.heldBySchool()) {
            learner = (school == null ? placement.schoolId().toString() : school) + " — " + placement.courseSourcedId();
        } else {
            StudentDetails student =
                    students.findByIds(List.of(placement.studentId())).get(placement.studentId());
            learner = student.familyName() + " " + student.givenName();
        }
        return new Parties(learner, school, names.get(placement.businessId()));
    }

    private List<Objective> objectives(AgreementContent content) {
        Map<UUID, ItemLabel> labels = competencies.labels(content.objectiveItemIds());
        List<Objective> objectives = new ArrayList<>();
        for (UUID item : content.objectiveItemIds()) {
            ItemLabel label = labels.get(item);
            ObjectiveSource source =
                    content.offerItemIds().contains(item) ? ObjectiveSource.OFFER : ObjectiveSource.SCHOOL;
            objectives.add(new Objective(
                    item,
                    label == null ? null : label.humanCodingScheme(),
                    label == null ? null : label.fullStatement(),
                    source));
        }
        return objectives;
    }
}
