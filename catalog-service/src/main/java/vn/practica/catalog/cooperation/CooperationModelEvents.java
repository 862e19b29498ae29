package vn.practica.catalog.cooperation;

import vn.practica.events.Topics;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.CooperationModelEventData;
import vn.practica.platform.outbox.OutboxEvent;

/** Maps cooperation model versions to the event contract: every event carries the whole version. */
public final class CooperationModelEvents {
    private CooperationModelEvents() {}

    public static OutboxEvent created(CooperationModelVersion version) {
        return event(CatalogEventTypes.COOPERATION_MODEL_CREATED, version);
    }

    public static OutboxEvent revised(CooperationModelVersion version) {
        return event(CatalogEventTypes.COOPERATION_MODEL_REVISED, version);
    }

    public static OutboxEvent retired(CooperationModelVersion version) {
        return event(CatalogEventTypes.COOPERATION_MODEL_RETIRED, version);
    }

    private static OutboxEvent event(String type, CooperationModelVersion version) {
        CooperationTerms terms = version.terms();
        CooperationModelEventData data = new CooperationModelEventData(
                version.code(),
                version.version(),
                version.status().name(),
                terms.nameVi(),
                terms.nameEn(),
                terms.descriptionVi(),
                terms.descriptionEn(),
                terms.contributionKinds().stream().map(Enum::name).toList(),
                terms.minHours(),
                terms.maxHours(),
                terms.clauses().stream()
                        .map(c -> new CooperationModelEventData.Clause(c.key(), c.textVi(), c.textEn()))
                        .toList(),
                terms.evaluationAreas().stream()
                        .map(a -> new CooperationModelEventData.EvaluationArea(
                                a.code(), a.nameVi(), a.nameEn(), a.weight()))
                        .toList());
        return new OutboxEvent(
                Topics.CATALOG, CatalogEventTypes.AGGREGATE_COOPERATION_MODEL, version.code(), type, data);
    }
}
