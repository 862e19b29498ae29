package vn.practica.placement.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.practica.placement.evaluation.Scores.AreaScore;
import vn.practica.placement.evaluation.Scores.LearnerScores;
import vn.practica.placement.evaluation.Scores.ObjectiveScore;
import vn.practica.placement.evaluation.Scores.PlacementScores;

/**
 * Submitted evaluations, written once each (the primary key refuses a second of the same evaluator); writers lock
 * the placement first, so a check for an earlier submission sees every committed one.
 */
@ApplicationScoped
public class EvaluationRepository {
    private static final String COLUMNS = "placement_id, evaluator, submitted_by, submitted_at,"
            + " cast(objective_scores as text), cast(area_scores as text), mentoring_quality, learning_value,"
            + " workload, comment";

    private final EntityManager em;
    private final ObjectMapper json;

    EvaluationRepository(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    public void insert(EvaluationRecord e) {
        LearnerScores learner = e.learnerScores();
        PlacementScores placement = e.placementScores();
        em.createNativeQuery("insert into evaluation (placement_id, evaluator, submitted_by, submitted_at,"
                        + " objective_scores, area_scores, mentoring_quality, learning_value, workload, comment)"
                        + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(?6 as jsonb), ?7, ?8, ?9, ?10)")
                .setParameter(1, e.placementId())
                .setParameter(2, e.evaluator().name())
                .setParameter(3, e.submittedBy())
                .setParameter(4, e.submittedAt())
                .setParameter(5, learner == null ? null : write(learner.objectives()))
                .setParameter(6, learner == null ? null : write(learner.areas()))
                .setParameter(7, placement == null ? null : (short) placement.mentoringQuality())
                .setParameter(8, placement == null ? null : (short) placement.learningValue())
                .setParameter(9, placement == null ? null : (short) placement.workload())
                .setParameter(10, placement == null ? null : placement.comment())
                .executeUpdate();
    }

    /** The placement's submitted evaluations, in evaluator order. */
    public List<EvaluationRecord> ofPlacement(UUID placementId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select " + COLUMNS + " from evaluation where placement_id = ?1 order by evaluator")
                .setParameter(1, placementId)
                .getResultList();
        return rows.stream().map(this::read).toList();
    }

    private EvaluationRecord read(Object[] row) {
        Evaluator evaluator = Evaluator.valueOf((String) row[1]);
        LearnerScores learner = evaluator.scoresLearner()
                ? new LearnerScores(
                        List.of(read((String) row[4], ObjectiveScore[].class)),
                        List.of(read((String) row[5], AreaScore[].class)))
                : null;
        PlacementScores placement = evaluator.scoresLearner()
                ? null
                : new PlacementScores(
                        ((Number) row[6]).intValue(),
                        ((Number) row[7]).intValue(),
                        ((Number) row[8]).intValue(),
                        (String) row[9]);
        return new EvaluationRecord((UUID) row[0], evaluator, (String) row[2], instant(row[3]), learner, placement);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scores not written as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scores not read", e);
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
