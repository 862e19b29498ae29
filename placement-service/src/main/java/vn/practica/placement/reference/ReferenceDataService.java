package vn.practica.placement.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.practica.events.catalog.CooperationModelEventData;
import vn.practica.events.catalog.FieldEventData;
import vn.practica.platform.cache.ChangeNotices;
import vn.practica.platform.cache.SharedCache;
import vn.practica.platform.inbox.MalformedEventException;

/**
 * Keeps catalog reference data (fields, cooperation models) that offers and placements validate against. What
 * every offer write checks (active fields, a model's terms) is held per instance until the tables change.
 */
@ApplicationScoped
public class ReferenceDataService {
    private static final String FIELD_TABLE = "field";
    private static final String MODEL_TABLE = "cooperation_model_version";

    private final ReferenceFieldRepository fields;
    private final ReferenceCooperationModelRepository cooperationModels;
    private final ChangeNotices notices;
    private final SharedCache<Boolean, Set<String>> activeFields;
    private final SharedCache<String, Optional<CooperationTerms>> currentTerms;
    private final SharedCache<String, Optional<CooperationTerms>> versionTerms;

    ReferenceDataService(
            ReferenceFieldRepository fields,
            ReferenceCooperationModelRepository cooperationModels,
            ChangeNotices notices) {
        this.fields = fields;
        this.cooperationModels = cooperationModels;
        this.notices = notices;
        this.activeFields = notices.cache(FIELD_TABLE, 1);
        this.currentTerms = notices.cache(MODEL_TABLE, 1_000);
        this.versionTerms = notices.cache(MODEL_TABLE, 10_000);
    }

    /** Runs inside the inbox transaction of the event that carries the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyFieldChange(FieldEventData data, Instant changedAt) {
        fields.upsertNewer(data, changedAt);
        notices.changedOnCommit(FIELD_TABLE);
    }

    /**
     * Keeps the version the event carries, whatever order versions arrive in; runs inside the event's inbox
     * transaction. Data without what every version has is a malformed event, skipped rather than retried.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyCooperationModelChange(CooperationModelEventData data, Instant publishedAt) {
        if (data.code() == null
                || data.version() < 1
                || data.status() == null
                || data.nameVi() == null
                || data.nameEn() == null
                || data.descriptionVi() == null
                || data.descriptionEn() == null
                || data.contributionKinds() == null
                || data.clauses() == null
                || data.evaluationAreas() == null) {
            throw new MalformedEventException("cooperation model event data lacks a required member");
        }
        cooperationModels.insertVersion(data, publishedAt);
        notices.changedOnCommit(MODEL_TABLE);
    }

    /** Codes of the fields new work may name: the ACTIVE ones catalog announced (retired ones are history). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> activeFieldCodes() {
        return activeFields.get(true, active -> Set.copyOf(fields.activeCodes()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceField> listFields() {
        return fields.listByCode();
    }

    /** The field's Vietnamese name, retired fields included: what a record issued about past work names it by. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> fieldName(String code) {
        return listFields().stream()
                .filter(field -> field.code().equals(code))
                .map(ReferenceField::nameVi)
                .findFirst();
    }

    /** The model's newest version known here: offers are made under it, if it is active. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReferenceCooperationModel> currentCooperationModel(String code) {
        return cooperationModels.findCurrent(code);
    }

    /** The version an offer was made under, whatever came after it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReferenceCooperationModel> cooperationModel(String code, long version) {
        return cooperationModels.findVersion(code, version);
    }

    /** The evaluation template of one version of a model: the areas an evaluation under it scores, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceCooperationModel.EvaluationArea> evaluationAreas(String code, long version) {
        return cooperationModels
                .findVersion(code, version)
                .map(ReferenceCooperationModel::evaluationAreas)
                .orElse(List.of());
    }

    /** The terms of the model's newest version known here: new offers are made under them, if it is active. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CooperationTerms> currentCooperationTerms(String code) {
        return currentTerms.get(code, cooperationModels::findCurrentTerms);
    }

    /** What an agreement made under this version of the model takes from it: names, hour bounds, clauses. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CooperationAgreementTerms> cooperationAgreementTerms(String code, long version) {
        return cooperationModels.findVersion(code, version).map(ReferenceCooperationModel::agreementTerms);
    }

    /** The terms of the version an offer was made under. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CooperationTerms> cooperationTerms(String code, long version) {
        return versionTerms.get(
                code + "@" + version,
                key -> cooperationModels.findVersion(code, version).map(ReferenceCooperationModel::terms));
    }
}
