package vn.practica.catalog.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.outbox.OutboxEvent;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;

/**
 * Creates, revises and retires the State's cooperation models. Each change writes a new version, which is
 * never changed again, and its event in one transaction.
 */
@ApplicationScoped
@Transactional
public class CooperationModelService {
    private final CooperationModelRepository models;
    private final Outbox outbox;
    private final Clock clock;

    CooperationModelService(CooperationModelRepository models, Outbox outbox) {
        this.models = models;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    /** The current versions after {@code afterCode} (empty text for the start), by code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CooperationModelVersion> listModels(
            Optional<CooperationModelStatus> status, String afterCode, int limit) {
        return models.listCurrent(status, afterCode, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CooperationModelVersion> findModel(String code) {
        return models.findCurrent(code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CooperationModelVersion> findVersion(String code, long version) {
        return models.findVersion(code, version);
    }

    public CooperationModelVersion createModel(String code, CooperationTerms terms) {
        CooperationTerms checked = checked(terms);
        if (models.findByIdOptional(code).isPresent()) {
            throw new DomainException(
                    CooperationModelProblems.COOPERATION_MODEL_EXISTS, "Cooperation model " + code + " already exists");
        }
        CooperationModel model = CooperationModel.open(code, clock.instant());
        // Flush now so a concurrent create of the same code fails here, as a 409, not at commit.
        models.persistAndFlush(model);
        return publish(model, checked, CooperationModelEvents::created);
    }

    /** A new version with {@code terms}; terms equal to the current ones change nothing and emit nothing. */
    public CooperationModelVersion reviseModel(String code, CooperationTerms terms, OptionalLong expectedVersion) {
        CooperationTerms checked = checked(terms);
        CooperationModel model = lockedActive(code, expectedVersion);
        CooperationModelVersion current = current(model);
        if (!model.revise(current.terms().equals(checked), clock.instant())) {
            return current;
        }
        return publish(model, checked, CooperationModelEvents::revised);
    }

    /** Retires the model at a new version with the same terms: closed to new work, every version kept. */
    public CooperationModelVersion retireModel(String code, OptionalLong expectedVersion) {
        CooperationModel model = lockedActive(code, expectedVersion);
        CooperationTerms terms = current(model).terms();
        model.retire(clock.instant());
        return publish(model, terms, CooperationModelEvents::retired);
    }

    private CooperationModelVersion publish(
            CooperationModel model, CooperationTerms terms, Function<CooperationModelVersion, OutboxEvent> event) {
        CooperationModelVersion version = CooperationModelVersion.of(model, terms);
        models.persistVersion(version);
        outbox.append(event.apply(version));
        return version;
    }

    private static CooperationTerms checked(CooperationTerms terms) {
        List<Problem.FieldError> problems = terms.problems();
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return terms.withKindsInOrder();
    }

    private CooperationModel lockedActive(String code, OptionalLong expectedVersion) {
        CooperationModel model = models.findForUpdate(code)
                .orElseThrow(() -> DomainException.notFound("No cooperation model with code " + code));
        IfMatch.requireCurrent("Cooperation model " + code, model.version(), expectedVersion);
        if (model.isRetired()) {
            throw new DomainException(
                    CooperationModelProblems.COOPERATION_MODEL_RETIRED,
                    "Cooperation model " + code + " is retired and can no longer change");
        }
        return model;
    }

    private CooperationModelVersion current(CooperationModel model) {
        return models.findVersion(model.code(), model.version())
                .orElseThrow(() -> new IllegalStateException(
                        "Cooperation model " + model.code() + " has no version " + model.version()));
    }
}
