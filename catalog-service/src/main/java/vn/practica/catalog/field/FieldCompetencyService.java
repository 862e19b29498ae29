package vn.practica.catalog.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import vn.practica.catalog.competency.CompetencyItemSummary;
import vn.practica.catalog.competency.CompetencyReadService;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;

/** Which competency items a field of practical work needs; curated by the State. */
@ApplicationScoped
@Transactional
public class FieldCompetencyService {
    private final FieldRepository fields;
    private final FieldCompetencyRepository mappings;
    private final CompetencyReadService competencies;
    private final Outbox outbox;

    FieldCompetencyService(
            FieldRepository fields,
            FieldCompetencyRepository mappings,
            CompetencyReadService competencies,
            Outbox outbox) {
        this.fields = fields;
        this.mappings = mappings;
        this.competencies = competencies;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompetencyItemSummary> itemsOf(String fieldCode) {
        if (fields.findByIdOptional(fieldCode).isEmpty()) {
            throw DomainException.notFound("No field with code " + fieldCode);
        }
        return competencies.summaries(mappings.itemIdsOf(fieldCode));
    }

    /** Replaces the field's items; the same set again changes nothing and emits no event. */
    public boolean replace(String fieldCode, List<UUID> itemIds) {
        Field field = fields.findForUpdate(fieldCode)
                .orElseThrow(() -> DomainException.notFound("No field with code " + fieldCode));
        if (field.isRetired()) {
            throw new DomainException(
                    FieldProblems.FIELD_RETIRED,
                    "Field " + fieldCode + " is retired; its competencies are kept as they were");
        }
        Set<UUID> wanted = Set.copyOf(itemIds);
        Set<UUID> known = competencies.lockExistingItems(wanted);
        List<Problem.FieldError> unknown = IntStream.range(0, itemIds.size())
                .filter(i -> !known.contains(itemIds.get(i)))
                .mapToObj(i ->
                        new Problem.FieldError("body.itemIds[" + i + "]", "unknown competency item " + itemIds.get(i)))
                .toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid(unknown);
        }
        if (mappings.itemIdsOf(fieldCode).equals(wanted)) {
            return false;
        }
        mappings.replace(fieldCode, wanted);
        outbox.append(FieldEvents.competenciesChanged(fieldCode, wanted));
        return true;
    }
}
