package vn.practica.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.FieldEventData;

/** Projects field events and answers the field KPIs. */
@ApplicationScoped
public class FieldKpiService {
    private final FieldProjectionRepository projection;

    FieldKpiService(FieldProjectionRepository projection) {
        this.projection = projection;
    }

    /** Runs inside the inbox transaction of the event that carries the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyFieldChange(FieldEventData data, Instant changedAt) {
        projection.apply(data, changedAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FieldKpis fieldKpis() {
        return projection.kpis(CatalogEventTypes.SOURCE);
    }

    /** Whether catalog ever announced a field with this code (active or retired). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean fieldKnown(String code) {
        return projection.exists(code);
    }
}
