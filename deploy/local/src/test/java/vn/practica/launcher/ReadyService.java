package vn.practica.launcher;

import java.io.IOException;
import vn.practica.devkit.FakeService;

/**
 * Stands in for a service that starts and runs: it answers {@code /q/health/ready} with 200 on the port the
 * launcher gives it ({@code QUARKUS_HTTP_PORT}) and 404 to anything else, until it is stopped.
 */
public final class ReadyService {
    private ReadyService() {}

    public static void main(String[] args) throws IOException {
        FakeService.answerReady();
    }
}
