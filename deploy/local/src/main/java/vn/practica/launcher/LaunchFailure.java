package vn.practica.launcher;

/** A reason the launcher stops, worded for the user and printed without a stack trace. */
final class LaunchFailure extends Exception {
    /** Something the user must fix first: PostgreSQL down, a port taken, a malformed setting. */
    static final int SETUP = 2;
    /** Broker or a service failed while starting. */
    static final int STARTUP = 1;

    private final int exitCode;

    LaunchFailure(int exitCode, String message) {
        // No stack trace: the message is the whole story for the person at the terminal.
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
