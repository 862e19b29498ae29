package vn.practica.devkit;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands in for a service (run from a jar of its own) whose free port another process took before it bound it: its
 * first start fails as Quarkus does then; a later one answers {@code /q/health/ready} on {@code QUARKUS_HTTP_PORT}.
 */
public final class PortTakenOnceService {
    private PortTakenOnceService() {}

    public static void main(String[] args) throws IOException, URISyntaxException {
        String port = System.getenv("QUARKUS_HTTP_PORT");
        Path jar = Path.of(PortTakenOnceService.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path startedBefore = jar.resolveSibling("started-before");
        if (!Files.exists(startedBefore)) {
            Files.createFile(startedBefore);
            System.out.println("ERROR [io.quarkus.runtime.Application] (main) Failed to start application");
            System.out.println("io.quarkus.runtime.QuarkusBindException: Port(s) already bound: " + port
                    + ": Address already in use");
            System.exit(1);
        }
        FakeService.answerReady();
    }
}
