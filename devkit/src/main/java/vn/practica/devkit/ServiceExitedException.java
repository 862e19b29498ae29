package vn.practica.devkit;

import java.nio.file.Path;
import java.util.List;

/**
 * A service process ended while it should have been starting or serving: which one, how, where it logged, and
 * (in the message) the cause and last lines of its log, because a CI run keeps its own output but not the logs of
 * the processes it started.
 */
public final class ServiceExitedException extends IllegalStateException {
    private static final String PORT_TAKEN = "Address already in use";

    private final String service;
    private final long pid;
    private final int exitCode;
    private final Path logFile;
    private final List<String> lastLines;

    public ServiceExitedException(String service, long pid, int exitCode, Path logFile) {
        this(service, pid, exitCode, logFile, ServiceExitReport.tail(logFile));
    }

    private ServiceExitedException(String service, long pid, int exitCode, Path logFile, List<String> lastLines) {
        super(ServiceExitReport.describe(service, pid, exitCode, logFile.toString(), lastLines));
        this.service = service;
        this.pid = pid;
        this.exitCode = exitCode;
        this.logFile = logFile;
        this.lastLines = lastLines;
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

    /**
     * Whether it stopped because its HTTP port was taken: a free port is picked before the process binds it, so
     * another process on the machine can take it in between.
     */
    public boolean portTaken() {
        return lastLines.stream().anyMatch(line -> line.contains(PORT_TAKEN));
    }
}
