package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.problem.DomainException;

/** Placements as their readers find them: one by id, or the lists of a student, a business or a school. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlacementReadService {
    private final PlacementRepository placements;
    private final StudentDirectoryService students;
    private final PlacementViews views;

    PlacementReadService(PlacementRepository placements, StudentDirectoryService students, PlacementViews views) {
        this.placements = placements;
        this.students = students;
        this.views = views;
    }

    /** The placement, if the requester may see it, as they see it. */
    public Optional<PlacementView> findPlacement(UUID id, Requester requester) {
        return placements
                .byId(id)
                .flatMap(placement -> views.audience(placement.details(), requester)
                        .map(audience -> views.view(placement.details(), audience)));
    }

    /** The placement and the requester's standing towards it, if they may see it. */
    public Optional<PlacementAccess> findAccess(UUID id, Requester requester) {
        return placements
                .byId(id)
                .flatMap(placement -> views.audience(placement.details(), requester)
                        .map(audience -> new PlacementAccess(placement.details(), audience)));
    }

    /**
     * Up to {@code limit} placements in {@code statuses} the requester is a party to, newest first, as the student
     * they are (by login), or as their school or business; none for the State.
     */
    public List<PlacementAccess> partyPlacements(Requester requester, List<PlacementStatus> statuses, int limit) {
        List<PlacementAccess> found = new java.util.ArrayList<>();
        requester
                .studentLogin()
                .flatMap(students::findByLogin)
                .ifPresent(me -> found.addAll(accesses(
                        PlacementRepository.Holder.STUDENT, me.id(), PlacementAudience.STUDENT, statuses, limit)));
        requester
                .schoolId()
                .ifPresent(school -> found.addAll(accesses(
                        PlacementRepository.Holder.SCHOOL, school, PlacementAudience.SCHOOL, statuses, limit)));
        requester
                .businessId()
                .ifPresent(business -> found.addAll(accesses(
                        PlacementRepository.Holder.BUSINESS, business, PlacementAudience.BUSINESS, statuses, limit)));
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private List<PlacementAccess> accesses(
            PlacementRepository.Holder holder,
            UUID holderId,
            PlacementAudience audience,
            List<PlacementStatus> statuses,
            int limit) {
        return placements.ofHolderIn(holder, holderId, statuses, limit).stream()
                .map(p -> new PlacementAccess(p.details(), audience))
                .toList();
    }

    /** The signed-in student's placements, newest first. */
    public CursorPage<PlacementView> listStudentPlacements(
            String loginSubject, Optional<ListPosition> after, int limit) {
        StudentDetails me = students.findByLogin(loginSubject)
                .orElseThrow(() -> DomainException.notFound(
                        "No student record is tied to your login; your school registers it with your login subject"));
        return page(PlacementRepository.Holder.STUDENT, me.id(), PlacementAudience.STUDENT, after, limit);
    }

    /** A business's placements, newest first, as the business (or the State) sees them. */
    public CursorPage<PlacementView> listBusinessPlacements(
            UUID businessId, boolean asState, Optional<ListPosition> after, int limit) {
        PlacementAudience audience = asState ? PlacementAudience.STATE : PlacementAudience.BUSINESS;
        return page(PlacementRepository.Holder.BUSINESS, businessId, audience, after, limit);
    }

    /** A school's placements (its students' and its own courses'), newest first, as it (or the State) sees them. */
    public CursorPage<PlacementView> listSchoolPlacements(
            UUID schoolId, boolean asState, Optional<ListPosition> after, int limit) {
        PlacementAudience audience = asState ? PlacementAudience.STATE : PlacementAudience.SCHOOL;
        return page(PlacementRepository.Holder.SCHOOL, schoolId, audience, after, limit);
    }

    private CursorPage<PlacementView> page(
            PlacementRepository.Holder holder,
            UUID holderId,
            PlacementAudience audience,
            Optional<ListPosition> after,
            int limit) {
        List<PlacementDetails> rows = placements.page(holder, holderId, after, limit + 1).stream()
                .map(Placement::details)
                .toList();
        CursorPage<PlacementDetails> page =
                CursorPage.of(rows, limit, p -> new ListPosition(p.createdAt(), p.id()).encode());
        return new CursorPage<>(views.views(page.items(), p -> audience), page.nextCursor());
    }
}
