package vn.practica.placement.matching;

/** Where a round stands: students rank while OPEN; a run needs it CLOSED; MATCHED once a run succeeded. */
public enum RoundStatus {
    OPEN,
    CLOSED,
    MATCHED
}
