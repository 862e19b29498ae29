package vn.practica.catalog.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;

/** Creates, renames and retires fields; each change and its event commit together. */
@ApplicationScoped
@Transactional
public class FieldService {
    /**
     * The most fields the program keeps, retired ones included: ten today, each one a national programme. The
     * list is unpaged, so this keeps it small for every reader (about 200 KB at most) and lets its OpenAPI
     * document say how long it is.
     */
    public static final int MAX_FIELDS = 1000;

    private final FieldRepository fields;
    private final Outbox outbox;
    private final Clock clock;

    FieldService(FieldRepository fields, Outbox outbox) {
        this.fields = fields;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Field> listFields(Optional<FieldStatus> status) {
        return fields.listOrdered(status);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Field> findField(String code) {
        return fields.findByIdOptional(code);
    }

    /** The codes of the fields open to new work (not retired). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> activeFieldCodes() {
        return fields.listOrdered(Optional.of(FieldStatus.ACTIVE)).stream()
                .map(Field::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Field createField(String code, String nameVi, String nameEn) {
        if (fields.findByIdOptional(code).isPresent()) {
            throw new DomainException(FieldProblems.FIELD_EXISTS, "Field " + code + " already exists");
        }
        // Counted under a lock that only creations take, so two at once cannot both see room for one more.
        if (fields.countForCreation() >= MAX_FIELDS) {
            throw new DomainException(
                    FieldProblems.FIELD_LIMIT_REACHED,
                    "The program has " + MAX_FIELDS + " fields, the most it keeps; retired fields count too");
        }
        Field field = Field.open(code, nameVi, nameEn, now());
        // Flush now so a concurrent create of the same code fails here, as a 409, not at commit.
        fields.persistAndFlush(field);
        outbox.append(FieldEvents.created(field));
        return field;
    }

    /** Renames; a rename to the current names changes nothing and emits nothing. */
    public Field renameField(String code, String nameVi, String nameEn, OptionalLong expectedVersion) {
        Field field = lockedActive(code, expectedVersion);
        if (field.rename(nameVi, nameEn, now())) {
            outbox.append(FieldEvents.renamed(field));
        }
        return field;
    }

    public Field retireField(String code, OptionalLong expectedVersion) {
        Field field = lockedActive(code, expectedVersion);
        field.retire(now());
        outbox.append(FieldEvents.retired(field));
        return field;
    }

    private Field lockedActive(String code, OptionalLong expectedVersion) {
        Field field =
                fields.findForUpdate(code).orElseThrow(() -> DomainException.notFound("No field with code " + code));
        IfMatch.requireCurrent("Field " + code, field.version(), expectedVersion);
        if (field.isRetired()) {
            throw new DomainException(
                    FieldProblems.FIELD_RETIRED, "Field " + code + " is retired and can no longer change");
        }
        return field;
    }

    private Instant now() {
        return clock.instant();
    }
}
