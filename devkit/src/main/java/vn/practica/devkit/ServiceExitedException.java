package vn.practica.devkit;

import java.nio.file.Path;

/** A service process ended while it should have been starting or serving: which one, how, and where it logged. */
public final class ServiceExitedException extends IllegalStateException {
    private final String service;
    private final long pid;
    private final int exitCode;
    private final Path logFile;

    public ServiceExitedException(String service, long pid, int exitCode, Path logFile) {
        super(service + " (pid " + pid + ") exited with code " + exitCode + "; see " + logFile);
        this.service = service;
        this.pid = pid;
        this.exitCode = exitCode;
        this.logFile = logFile;
    }

    public String service() {
        return service;
    }

    public long pid() {
        return pid;
    }

    public int exitCode() {
        return exitCode;
    }

    public Path logFile() {
        return logFile;
    }
}
