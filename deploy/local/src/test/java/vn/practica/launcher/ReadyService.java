package vn.practica.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Stands in for a service that starts and runs: it answers {@code /q/health/ready} with 200 on the port the
 * launcher gives it ({@code QUARKUS_HTTP_PORT}) and 404 to anything else, until it is stopped.
 */
public final class ReadyService {
    private ReadyService() {}

    public static void main(String[] args) throws IOException {
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
