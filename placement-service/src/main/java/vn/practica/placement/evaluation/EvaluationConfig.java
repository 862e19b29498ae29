package vn.practica.placement.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The evaluation window of each placement. */
@ConfigMapping(prefix = "practica.evaluations")
public interface EvaluationConfig {
    /**
     * Days the window stays open once it opened (approved hours reached the agreed total, or the day after the
     * agreed end date began, Vietnam time). Submissions are taken while it is open; when it closes, every party
     * reads every submitted evaluation.
     */
    @WithDefault("14")
    int windowDays();
}
