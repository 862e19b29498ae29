package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;

/** Who may read a placement and what they are shown beside it, for one placement or a page in a few queries. */
@ApplicationScoped
class PlacementViews {
    private final OfferSeatService offers;
    private final StudentDirectoryService students;

    PlacementViews(OfferSeatService offers, StudentDirectoryService students) {
        this.offers = offers;
        this.students = students;
    }

    /**
     * The requester's standing towards the placement: the student it is for, the school (the student's, or the
     * applying one), the business, the State; empty for anyone else, who is not told it exists.
     */
    Optional<PlacementAudience> audience(PlacementDetails placement, Requester requester) {
        if (placement.studentId() != null
                && requester
                        .studentLogin()
                        .flatMap(students::findByLogin)
                        .filter(me -> me.id().equals(placement.studentId()))
                        .isPresent()) {
            return Optional.of(PlacementAudience.STUDENT);
        }
        if (requester.actsForSchool(placement.schoolId())) {
            return Optional.of(PlacementAudience.SCHOOL);
        }
        if (requester.actsForBusiness(placement.businessId())) {
            return Optional.of(PlacementAudience.BUSINESS);
        }
        return requester.state() ? Optional.of(PlacementAudience.STATE) : Optional.empty();
    }

    /** The pseudonym events name the placement's student by; null for a school's course. */
    UUID pseudonym(PlacementDetails placement) {
        if (placement.studentId() == null) {
            return null;
        }
        return students.findByIds(List.of(placement.studentId()))
                .get(placement.studentId())
                .pseudonym();
    }

    PlacementView view(PlacementDetails placement, PlacementAudience audience) {
        return views(List.of(placement), p -> audience).get(0);
    }

    /** Views of a page: the offers' titles in one query, the students shown to schools and businesses in another. */
    List<PlacementView> views(List<PlacementDetails> page, Function<PlacementDetails, PlacementAudience> audience) {
        Map<UUID, OfferTerms> terms = offers.findTerms(
                page.stream().map(PlacementDetails::offerId).distinct().toList());
        Map<UUID, StudentDetails> shown = students.findByIds(page.stream()
                .filter(p -> showsStudent(audience.apply(p)))
                .map(PlacementDetails::studentId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return page.stream()
                .map(p -> new PlacementView(
                        p,
                        audience.apply(p),
                        terms.get(p.offerId()).title(),
                        p.studentId() == null ? null : shown.get(p.studentId())))
                .toList();
    }

    private static boolean showsStudent(PlacementAudience audience) {
        return audience == PlacementAudience.SCHOOL || audience == PlacementAudience.BUSINESS;
    }
}
