package vn.practica.catalog.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import vn.practica.catalog.curriculum.CurriculumRepository;
import vn.practica.catalog.field.Field;
import vn.practica.catalog.field.FieldEvents;
import vn.practica.catalog.field.FieldRepository;
import vn.practica.catalog.field.FieldStatus;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.Problem;
import vn.practica.platform.problem.ProblemException;

/** Which competency items a field of practical work needs; curated by the State. */
@ApplicationScoped
@Transactional
public class FieldCompetencyService {
    private final FieldRepository fields;
    private final FieldCompetencyRepository mappings;
    private final CurriculumRepository curriculum;
    private final Outbox outbox;

    FieldCompetencyService(
            FieldRepository fields,
            FieldCompetencyRepository mappings,
            CurriculumRepository curriculum,
            Outbox outbox) {
        this.fields = fields;
        this.mappings = mappings;
        this.curriculum = curriculum;
        this.outbox = outbox;
    }

    public List<Object[]> itemsOf(String fieldCode) {
        requireField(fieldCode);
        return mappings.itemsOf(fieldCode);
    }

    /** Replaces the field's items; the same set again changes nothing and emits no event. */
    public boolean replace(String fieldCode, List<UUID> itemIds) {
        Field field = fields.findForUpdate(fieldCode)
                .orElseThrow(() -> ProblemException.notFound("No field with code " + fieldCode));
        if (field.status() == FieldStatus.RETIRED) {
            throw ProblemException.conflict(
                    "Field " + fieldCode + " is retired; its competencies are kept as they were");
        }
        Set<UUID> wanted = Set.copyOf(itemIds);
        Set<UUID> known = curriculum.existingCompetencyItems(wanted);
        List<Problem.FieldError> unknown = IntStream.range(0, itemIds.size())
                .filter(i -> !known.contains(itemIds.get(i)))
                .mapToObj(i ->
                        new Problem.FieldError("body.itemIds[" + i + "]", "unknown competency item " + itemIds.get(i)))
                .toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(unknown);
        }
        if (mappings.itemIdsOf(fieldCode).equals(wanted)) {
            return false;
        }
        mappings.replace(fieldCode, wanted);
        outbox.append(FieldEvents.competenciesChanged(fieldCode, wanted));
        return true;
    }

    private void requireField(String fieldCode) {
        if (fields.findByIdOptional(fieldCode).isEmpty()) {
            throw ProblemException.notFound("No field with code " + fieldCode);
        }
    }
}
