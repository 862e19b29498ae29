package vn.practica.reporting.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.practica.events.catalog.CooperationModelEventData;
import vn.practica.platform.inbox.MalformedEventException;

/**
 * Keeps the code, names and status of catalog's cooperation models, so KPIs by model can be named and split
 * into active and retired ones when placements report under them.
 */
@ApplicationScoped
public class CooperationModelProjectionService {
    private final CooperationModelProjectionRepository projection;

    CooperationModelProjectionService(CooperationModelProjectionRepository projection) {
        this.projection = projection;
    }

    /** Runs inside the inbox transaction of the event; data without a name or status is skipped as malformed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyCooperationModelChange(CooperationModelEventData data, Instant changedAt) {
        if (data.code() == null
                || data.version() < 1
                || data.status() == null
                || data.nameVi() == null
                || data.nameEn() == null) {
            throw new MalformedEventException("cooperation model event data lacks its code, names or status");
        }
        projection.applyNewer(data, changedAt);
    }
}
