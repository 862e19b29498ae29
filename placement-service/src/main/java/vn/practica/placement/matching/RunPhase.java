package vn.practica.placement.matching;

/** Where a run is: queued, reading the inputs, matching, checking, writing placements, done. */
public enum RunPhase {
    QUEUED,
    LOADING,
    MATCHING,
    VERIFYING,
    PERSISTING,
    DONE
}
