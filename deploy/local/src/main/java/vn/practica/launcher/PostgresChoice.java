package vn.practica.launcher;

import java.util.function.BooleanSupplier;

/** Which PostgreSQL server the suite runs on; decided before anything starts. */
enum PostgresChoice {
    /** {@code PRACTICA_DB_HOST}, {@code _PORT}, {@code _USER} or {@code _PASSWORD} is set: that server, always. */
    CONFIGURED,
    /** Nothing is configured and a server answers at the default address: the developer's own server. */
    RUNNING,
    /** Nothing is configured and nothing answers, or {@code PRACTICA_DB=embedded}: the launcher's own server. */
    EMBEDDED;

    /**
     * A configured server is never replaced by the embedded one: if it does not answer, the user must hear
     * about it rather than find the data somewhere else. The probe runs only when it decides something.
     */
    static PostgresChoice choose(boolean embeddedAsked, boolean configured, BooleanSupplier defaultServerAnswers) {
        if (embeddedAsked) {
            return EMBEDDED;
        }
        if (configured) {
            return CONFIGURED;
        }
        return defaultServerAnswers.getAsBoolean() ? RUNNING : EMBEDDED;
    }
}
