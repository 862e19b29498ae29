package vn.practica.placement.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.practica.events.catalog.CooperationModelEventData;

/** The local copy of every cooperation model version; a version, once written, is never changed. */
@ApplicationScoped
public class ReferenceCooperationModelRepository
        implements PanacheRepositoryBase<ReferenceCooperationModel, ReferenceCooperationModel.Key> {
    private static final String INSERT = "insert into cooperation_model_version (code, version, status, name_vi,"
            + " name_en, description_vi, description_en, contribution_kinds, min_hours, max_hours, clauses,"
            + " evaluation_areas, published_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), ?9, ?10,"
            + " cast(?11 as jsonb), cast(?12 as jsonb), ?13) on conflict (code, version) do nothing";

    private final ObjectMapper json;

    ReferenceCooperationModelRepository(ObjectMapper json) {
        this.json = json;
    }

    /** Keeps the version unless it is known already: a redelivered or replayed event changes nothing. */
    public void insertVersion(CooperationModelEventData data, Instant publishedAt) {
        getEntityManager()
                .createNativeQuery(INSERT)
                .setParameter(1, data.code())
                .setParameter(2, data.version())
                .setParameter(3, data.status())
                .setParameter(4, data.nameVi())
                .setParameter(5, data.nameEn())
                .setParameter(6, data.descriptionVi())
                .setParameter(7, data.descriptionEn())
                .setParameter(8, toJson(data.contributionKinds()))
                .setParameter(9, data.minHours())
                .setParameter(10, data.maxHours())
                .setParameter(11, toJson(data.clauses()))
                .setParameter(12, toJson(data.evaluationAreas()))
                .setParameter(13, publishedAt)
                .executeUpdate();
    }

    public Optional<ReferenceCooperationModel> findVersion(String code, long version) {
        return findByIdOptional(new ReferenceCooperationModel.Key(code, version));
    }

    /** The highest version known of the model. */
    public Optional<ReferenceCooperationModel> findCurrent(String code) {
        return find("code = ?1 order by version desc", code).firstResultOptional();
    }

    /**
     * The terms of the model's newest version, read without the clauses and evaluation areas: every offer upsert
     * asks, and parsing those JSON columns was most of the cost (docs/benchmarks.md).
     */
    public Optional<CooperationTerms> findCurrentTerms(String code) {
        List<?> rows = getEntityManager()
                .createNativeQuery("select version, status = ?2, cast(contribution_kinds as text), min_hours,"
                        + " max_hours from cooperation_model_version where code = ?1 order by version desc limit 1")
                .setParameter(1, code)
                .setParameter(2, ReferenceCooperationModel.ACTIVE)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new CooperationTerms(
                    code,
                    ((Number) columns[0]).longValue(),
                    (Boolean) columns[1],
                    kinds((String) columns[2]),
                    ((Number) columns[3]).intValue(),
                    ((Number) columns[4]).intValue());
        });
    }

    private List<String> kinds(String jsonArray) {
        try {
            return List.of(json.readValue(jsonArray, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contribution_kinds is not a JSON array of strings: " + jsonArray, e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not serializable: " + value.getClass(), e);
        }
    }
}
