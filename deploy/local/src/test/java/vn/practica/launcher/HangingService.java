package vn.practica.launcher;

/** Stands in for a service that is still starting: it never answers, and only stops when told to. */
public final class HangingService {
    private HangingService() {}

    public static void main(String[] args) throws InterruptedException {
        System.out.println("INFO  [io.quarkus] (main) fake service starting, slowly");
        Thread.sleep(Long.MAX_VALUE);
    }
}
