package vn.practica.placement.offer;

/** Where the work is done: at the business (in a province), remotely, or both. */
public enum WorkMode {
    ONSITE,
    REMOTE,
    HYBRID;

    /** Onsite and hybrid work happen somewhere: the offer names the province. */
    boolean hasPlace() {
        return this != REMOTE;
    }
}
