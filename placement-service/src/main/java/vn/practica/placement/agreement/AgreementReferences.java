package vn.practica.placement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.practica.placement.coverage.CompetencyCoverageService;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.placement.PlacementDetails;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.problem.Problem.FieldError;
import vn.practica.reference.competency.CompetencyProjection;

/**
 * Checks what an edit names against what others keep: the mentor must be one of the offer's mentors, an added
 * objective a known competency item and, for a student, one their programme teaches.
 */
@ApplicationScoped
class AgreementReferences {
    private final OfferSeatService offers;
    private final CompetencyProjection competencies;
    private final CompetencyCoverageService coverage;
    private final StudentDirectoryService students;

    AgreementReferences(
            OfferSeatService offers,
            CompetencyProjection competencies,
            CompetencyCoverageService coverage,
            StudentDirectoryService students) {
        this.offers = offers;
        this.competencies = competencies;
        this.coverage = coverage;
        this.students = students;
    }

    List<FieldError> problems(AgreementEdit edit, PlacementDetails placement) {
        List<FieldError> problems = new ArrayList<>();
        if (edit.mentor() != null
                && !offers.findMentorSubjects(placement.offerId())
                        .contains(edit.mentor().subject())) {
            problems.add(new FieldError(
                    "body.businessMentor.subject", "is not one of the offer's mentors (its mentorSubjects)"));
        }
        if (edit.addedItemIds() != null && !edit.addedItemIds().isEmpty()) {
            itemProblems(edit.addedItemIds(), placement, problems);
        }
        return problems;
    }

    private void itemProblems(List<UUID> items, PlacementDetails placement, List<FieldError> problems) {
        Set<UUID> known = competencies.knownItemIds(new HashSet<>(items));
        Set<UUID> taught = taughtItems(placement);
        for (UUID item : items) {
            if (!known.contains(item)) {
                problems.add(new FieldError("body.addedObjectiveItemIds", "unknown competency item " + item));
            } else if (taught != null && !taught.contains(item)) {
                problems.add(new FieldError(
                        "body.addedObjectiveItemIds", "competency item " + item + " is not taught by the programme"));
            }
        }
    }

    /** The items the student's programme teaches; null (anything known) for a school's course. */
    private Set<UUID> taughtItems(PlacementDetails placement) {
        if (placement.heldBySchool()) {
            return null;
        }
        StudentDetails student =
                students.findByIds(List.of(placement.studentId())).get(placement.studentId());
        return coverage.coveredItems(student.schoolId(), student.programSourcedId());
    }
}
