package vn.practica.placement.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.practica.placement.agreement.AgreementReadService;
import vn.practica.placement.evaluation.EvaluationService;
import vn.practica.placement.logbook.LogbookParts;
import vn.practica.placement.logbook.LogbookService;
import vn.practica.placement.placement.PlacementAccess;
import vn.practica.placement.placement.PlacementReadService;
import vn.practica.placement.placement.PlacementStatus;
import vn.practica.placement.placement.Requester;

/**
 * "What needs me": over the asker's running placements (the newest first, up to a bound), the agreements they
 * still have to confirm, logbook entries waiting for them, evaluations due from them. Each feature answers for
 * its own part.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyTasksService {
    /** Running placements looked at: more than any party holds at once in the programme's scale. */
    static final int PLACEMENTS_LOOKED_AT = 500;

    private final PlacementReadService placements;
    private final AgreementReadService agreements;
    private final LogbookService logbooks;
    private final EvaluationService evaluations;

    MyTasksService(
            PlacementReadService placements,
            AgreementReadService agreements,
            LogbookService logbooks,
            EvaluationService evaluations) {
        this.placements = placements;
        this.agreements = agreements;
        this.logbooks = logbooks;
        this.evaluations = evaluations;
    }

    /** Up to {@code limit} tasks of the asker, by placement, newest placement first. */
    public List<Task> listTasks(Requester requester, int limit) {
        List<PlacementAccess> running = placements.partyPlacements(
                requester,
                List.of(PlacementStatus.PROPOSED, PlacementStatus.ACTIVE, PlacementStatus.COMPLETED),
                PLACEMENTS_LOOKED_AT);
        List<Task> tasks = new ArrayList<>();
        for (PlacementAccess access : running) {
            tasks.addAll(tasksOf(access));
            if (tasks.size() >= limit) {
                return tasks.subList(0, limit);
            }
        }
        return tasks;
    }

    private List<Task> tasksOf(PlacementAccess access) {
        List<Task> tasks = new ArrayList<>();
        var id = access.placement().id();
        if (access.placement().status() == PlacementStatus.PROPOSED) {
            if (agreements.awaitsConfirmation(access)) {
                tasks.add(new Task(TaskKind.CONFIRM_AGREEMENT, id, 1));
            }
            return tasks;
        }
        long waiting = logbooks.entriesAwaiting(access);
        if (waiting > 0) {
            boolean approver = access.audience()
                    .party()
                    .filter(LogbookParts.approver(access.placement().heldBySchool())::equals)
                    .isPresent();
            tasks.add(new Task(
                    approver ? TaskKind.DECIDE_LOGBOOK_ENTRIES : TaskKind.REVISE_RETURNED_ENTRIES, id, waiting));
        }
        if (evaluations.isDue(access)) {
            tasks.add(new Task(TaskKind.SUBMIT_EVALUATION, id, 1));
        }
        return tasks;
    }
}
