package vn.practica.placement.completion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.practica.placement.agreement.AgreementDetails;
import vn.practica.placement.agreement.AgreementReadService;
import vn.practica.placement.credential.CredentialIssueService;
import vn.practica.placement.evaluation.EvaluationService;
import vn.practica.placement.logbook.LogbookService;
import vn.practica.placement.placement.PlacementCompletion;
import vn.practica.placement.placement.PlacementCompletion.ItemMean;
import vn.practica.placement.placement.PlacementProgressService;
import vn.practica.placement.placement.PlacementWorkRecorded;

/**
 * The completion rule: a placement is COMPLETED when its approved hours reach the agreed total and the
 * evaluations of the learner are in (the mentor's and the supervisor's; for a school's course the school's).
 * Checked after each approval and submission, in its transaction with the placement still locked, so two
 * concurrent steps cannot both miss (or both make) the completion.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CompletionService {
    private final AgreementReadService agreements;
    private final LogbookService logbooks;
    private final EvaluationService evaluations;
    private final PlacementProgressService progress;
    private final CredentialIssueService credentials;

    CompletionService(
            AgreementReadService agreements,
            LogbookService logbooks,
            EvaluationService evaluations,
            PlacementProgressService progress,
            CredentialIssueService credentials) {
        this.agreements = agreements;
        this.logbooks = logbooks;
        this.evaluations = evaluations;
        this.progress = progress;
        this.credentials = credentials;
    }

    /** Completes the placement if this step made it complete; otherwise nothing. */
    void completeIfDone(@Observes PlacementWorkRecorded work) {
        AgreementDetails agreement = agreements.agreedTerms(work.placementId());
        BigDecimal approved = logbooks.approvedHours(work.placementId());
        if (approved.compareTo(BigDecimal.valueOf(agreement.content().totalHours())) < 0) {
            return;
        }
        Optional<List<ItemMean>> means = evaluations.learnerMeans(work.placementId(), work.heldBySchool());
        if (means.isEmpty()) {
            return;
        }
        PlacementCompletion completion = new PlacementCompletion(
                agreement.cooperationModelCode(),
                agreement.cooperationModelVersion(),
                agreement.content().provinceCode(),
                agreement.content().totalHours(),
                approved,
                means.get());
        // the credential in the completion's own transaction: a completed placement never lacks its credential
        credentials.issueCredential(
                progress.completePlacement(work.placementId(), work.actor(), completion), completion);
    }
}
