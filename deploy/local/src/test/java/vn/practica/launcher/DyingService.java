package vn.practica.launcher;

/** Stands in for a service that fails while starting, as Quarkus does when its database is missing. */
public final class DyingService {
    private DyingService() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("INFO  [io.quarkus] (main) fake service starting");
        // Long enough for the launcher to have started the other services, which it must then stop.
        Thread.sleep(1_500);
        System.out.println("ERROR [io.quarkus.runtime.Application] (main) Failed to start application: fake failure");
        System.exit(1);
    }
}
