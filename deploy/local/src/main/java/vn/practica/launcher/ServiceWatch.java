package vn.practica.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import vn.practica.devkit.ServiceExitReport;
import vn.practica.devkit.ServiceProcess;

/**
 * Once the suite is up, says at once when a service stops without being asked to. The others keep running,
 * so the user can read the report, look around and decide; Ctrl-C still stops everything.
 */
final class ServiceWatch {
    /**
     * Ctrl-C in the terminal reaches the services too (same process group): give the shutdown hook this long
     * to claim the stop before calling it unexpected.
     */
    static final Duration SHUTDOWN_GRACE = Duration.ofMillis(500);

    private final LaunchSettings settings;
    private final BooleanSupplier stopping;
    private final PrintStream out;

    ServiceWatch(LaunchSettings settings, BooleanSupplier stopping, PrintStream out) {
        this.settings = settings;
        this.stopping = stopping;
        this.out = out;
    }

    void watch(ServiceProcess process) {
        long pid = process.pid();
        process.onExit().thenAccept(exitCode -> report(process, pid, exitCode));
    }

    private void report(ServiceProcess process, long pid, int exitCode) {
        try {
            Thread.sleep(SHUTDOWN_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopping.getAsBoolean()) {
            return;
        }
        String report = ServiceExitReport.describe(
                process.name(), pid, exitCode, process.logFile(), settings.shown(process.logFile()));
        out.println();
        out.println("!! " + report);
        out.println("The other services keep running. Ctrl-C stops everything; ./practica up starts it all again.");
        out.flush();
    }
}
