package vn.practica.placement.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import vn.practica.events.catalog.FieldEventData;

/** Keeps catalog reference data (fields) that offers and placements validate against. */
@ApplicationScoped
public class ReferenceDataService {
    private final ReferenceFieldRepository fields;

    ReferenceDataService(ReferenceFieldRepository fields) {
        this.fields = fields;
    }

    /** Runs inside the inbox transaction of the event that carries the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyFieldChange(FieldEventData data, Instant changedAt) {
        fields.upsertNewer(data, changedAt);
    }

    /** Codes of the fields new work may name: the ACTIVE ones catalog announced (retired ones are history). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> activeFieldCodes() {
        return fields.activeCodes();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceField> listFields() {
        return fields.listByCode();
    }
}
