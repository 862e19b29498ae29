package vn.practica.reference.partner;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.practica.events.catalog.OrganizationEventData;
import vn.practica.platform.cache.ChangeNotices;
import vn.practica.platform.cache.SharedCache;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.tenancy.OrganizationStatuses;

/**
 * A consuming service's copy of the partner directory, fed by catalog's organization events. The
 * default source of suspension status; catalog-service, which owns the directory, replaces it.
 */
@ApplicationScoped
@DefaultBean
public class PartnerProjection implements OrganizationStatuses {
    private static final String UPSERT = "insert into partner_organization"
            + " (id, kind, short_name, province_code, status, version, updated_at)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            + " on conflict (id) do update set kind = excluded.kind, short_name = excluded.short_name,"
            + " province_code = excluded.province_code, status = excluded.status, version = excluded.version,"
            + " updated_at = excluded.updated_at"
            + " where partner_organization.version < excluded.version";

    private static final String TABLE = "partner_organization";

    private final EntityManager em;
    private final ChangeNotices notices;
    // Every authenticated request asks whether its organization is suspended: held per instance until the
    // directory changes
    private final SharedCache<UUID, Optional<Partner>> partners;

    PartnerProjection(EntityManager em, ChangeNotices notices) {
        this.em = em;
        this.notices = notices;
        this.partners = notices.cache(TABLE, 100_000);
    }

    /** Applies an organization event inside its inbox transaction; older versions change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyOrganizationChange(OrganizationEventData data, Instant changedAt) {
        em.createNativeQuery(UPSERT)
                .setParameter(1, UUID.fromString(data.id()))
                .setParameter(2, data.kind())
                .setParameter(3, data.shortName())
                .setParameter(4, data.provinceCode())
                .setParameter(5, data.status())
                .setParameter(6, data.version())
                .setParameter(7, changedAt)
                .executeUpdate();
        notices.changedOnCommit(TABLE);
    }

    /** The partner with this directory id, as last announced; empty when catalog has not announced it (yet). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Partner> findPartner(UUID id) {
        return partners.get(id, this::readPartner);
    }

    private Optional<Partner> readPartner(UUID id) {
        List<?> rows = em.createNativeQuery("select kind, status from partner_organization where id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Partner(id, (String) columns[0], (String) columns[1]);
        });
    }

    /**
     * The short names of those of {@code ids} catalog has announced, for showing who posts what (an offer's
     * hiring organization); one query however many ids.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, String> shortNames(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("select id, short_name from partner_organization where id = any(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, String> names = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            names.put((UUID) columns[0], (String) columns[1]);
        }
        return names;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSuspended(String organizationId) {
        UUID id = Uuids.parse(organizationId);
        if (id == null) {
            return false;
        }
        return findPartner(id).map(Partner::isSuspended).orElse(false);
    }
}
