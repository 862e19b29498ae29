package vn.practica.devkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * For tests of what starts and watches services (the stack, and the launcher through this module's test-jar): a
 * small program in a service's place, packaged where the service's jar would be. Uses nothing but the JDK, since
 * the jar holds only its main class and this one. What it prints is the fake service's log.
 */
public final class FakeService {
    private FakeService() {}

    /** Writes {@code jar} to run {@code main}, a class that uses nothing beyond the JDK and this class. */
    public static void writeJar(Path jar, Class<?> main) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            add(out, main);
            if (main != FakeService.class) {
                add(out, FakeService.class);
            }
        }
    }

    private static void add(JarOutputStream out, Class<?> type) throws IOException {
        String entry = type.getName().replace('.', '/') + ".class";
        try (InputStream classFile = type.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
    }

    /**
     * Answers {@code /q/health/ready} with 200, and anything else with 404, on {@code QUARKUS_HTTP_PORT}, until the
     * process is stopped.
     */
    public static void answerReady() throws IOException {
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            int status = exchange.getRequestURI().getPath().equals("/q/health/ready") ? 200 : 404;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        System.out.println("INFO  [io.quarkus] (main) fake service started on " + port);
    }
}
