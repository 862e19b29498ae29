package vn.practica.placement.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A local SMTP server (GreenMail) the test starts on a free port, and the profile that points the service's SMTP
 * sender at it through the standard {@code quarkus.mailer.*} keys.
 */
public final class GreenMailServer implements QuarkusTestProfile {
    static final int PORT = freePort();
    private static GreenMail server;

    /** Starts the server (again) on {@link #PORT}. */
    static synchronized GreenMail start() {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "practica.mail.transport", "smtp",
                "practica.mail.interval", "200ms",
                "practica.mail.retry-after", "1s",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(PORT),
                "quarkus.mailer.from", "no-reply@practica.test",
                "quarkus.mailer.mock", "false");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
