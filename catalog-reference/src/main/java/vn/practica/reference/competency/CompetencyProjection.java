package vn.practica.reference.competency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.practica.events.catalog.CompetencyItemEventData;
import vn.practica.events.catalog.FieldCompetenciesEventData;
import vn.practica.platform.cache.ChangeNotices;
import vn.practica.platform.cache.SharedCache;

/**
 * A consuming service's copy of catalog's competency items and of what each field needs. Items keep the
 * highest version seen (a deletion carries the next version, so it is ordered like any change); a field's
 * set is replaced whole, in the order catalog emitted the changes (one partition per field).
 */
@ApplicationScoped
public class CompetencyProjection {
    private static final String UPSERT = "insert into competency_item (id, framework_id, human_coding_scheme,"
            + " full_statement, item_type, education_level, esco_uri, deleted, version, changed_at, uri)"
            + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8, ?9, ?10, ?11)"
            + " on conflict (id) do update set framework_id = excluded.framework_id,"
            + " human_coding_scheme = excluded.human_coding_scheme, full_statement = excluded.full_statement,"
            + " item_type = excluded.item_type, education_level = excluded.education_level,"
            + " esco_uri = excluded.esco_uri, deleted = excluded.deleted, version = excluded.version,"
            + " changed_at = excluded.changed_at, uri = excluded.uri"
            + " where competency_item.version < excluded.version";

    private static final String ITEM_TABLE = "competency_item";

    private final EntityManager em;
    private final ObjectMapper json;
    private final ChangeNotices notices;
    // Whether an item may be required by new work, asked by every offer write: held per instance until items change
    private final SharedCache<UUID, Boolean> liveItems;

    CompetencyProjection(EntityManager em, ObjectMapper json, ChangeNotices notices) {
        this.em = em;
        this.json = json;
        this.notices = notices;
        this.liveItems = notices.cache(ITEM_TABLE, 200_000);
    }

    /** Applies an item event inside its inbox transaction; older versions change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyItemChange(CompetencyItemEventData data, boolean deleted, Instant changedAt) {
        em.createNativeQuery(UPSERT)
                .setParameter(1, UUID.fromString(data.id()))
                .setParameter(2, UUID.fromString(data.frameworkId()))
                .setParameter(3, data.humanCodingScheme())
                .setParameter(4, data.fullStatement())
                .setParameter(5, data.itemType())
                .setParameter(6, toJson(data.educationLevel() == null ? List.of() : data.educationLevel()))
                .setParameter(7, data.escoUri())
                .setParameter(8, deleted)
                .setParameter(9, data.version())
                .setParameter(10, changedAt)
                .setParameter(11, data.uri())
                .executeUpdate();
        notices.changedOnCommit(ITEM_TABLE);
    }

    /** Replaces the field's set with the one in the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replaceFieldCompetencies(FieldCompetenciesEventData data) {
        em.createNativeQuery("delete from field_competency where field_code = ?1")
                .setParameter(1, data.fieldCode())
                .executeUpdate();
        em.createNativeQuery("insert into field_competency (field_code, item_id) select ?1, unnest(?2)")
                .setParameter(1, data.fieldCode())
                .setParameter(
                        2,
                        data.competencyItemIds().stream().map(UUID::fromString).toArray(UUID[]::new))
                .executeUpdate();
    }

    /** Those of {@code ids} that are known items catalog has not deleted: what new work may require. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> knownItemIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<UUID> known = new HashSet<>();
        liveItems.getAll(ids, this::readLive).forEach((id, live) -> {
            if (live) {
                known.add(id);
            }
        });
        return known;
    }

    private Map<UUID, Boolean> readLive(Set<UUID> ids) {
        List<?> rows = em.createNativeQuery("select id from competency_item where id = any(?1) and not deleted")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, Boolean> live = new HashMap<>();
        ids.forEach(id -> live.put(id, false));
        rows.forEach(id -> live.put((UUID) id, true));
        return live;
    }

    /**
     * The human codes ({@code humanCodingScheme}, such as {@code IT.DA.2}) of those of {@code ids} that have one,
     * deleted items included: what a reader shows next to an item id.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> humanCodes(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("select id, human_coding_scheme from competency_item"
                        + " where id = any(?1) and human_coding_scheme is not null")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, String> codes = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            codes.put((UUID) columns[0], (String) columns[1]);
        }
        return codes;
    }

    /**
     * The human code (if any) and the statement of each of {@code ids} catalog announced, deleted items included:
     * what a reader shows of an item a record names, such as an agreement's learning objectives.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, ItemLabel> labels(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery(
                        "select id, human_coding_scheme, full_statement from competency_item where id = any(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, ItemLabel> labels = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            labels.put((UUID) columns[0], new ItemLabel((String) columns[1], (String) columns[2]));
        }
        return labels;
    }

    /**
     * The CASE URIs ({@code CFItem.uri}) catalog announced for those of {@code ids} that have one, deleted items
     * included: how a record points at an item outside the platform, such as a credential's alignment.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> caseUris(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery(
                        "select id, uri from competency_item where id = any(?1) and uri is not null")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, String> uris = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            uris.put((UUID) columns[0], (String) columns[1]);
        }
        return uris;
    }

    /** How an item is shown: its human code, null when catalog gave none, and its statement. */
    public record ItemLabel(String humanCodingScheme, String fullStatement) {}

    private String toJson(List<String> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
