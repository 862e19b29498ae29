package vn.practica.platform.tracing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.outbox.OutboxEvent;

/** Test endpoints: an authenticated write that appends one outbox event, and a public read; each logs a line. */
@Path("/platform-test/traced")
@Produces(MediaType.TEXT_PLAIN)
public class TracedWriteResource {
    static final String AGGREGATE_ID = "T1";
    static final String TYPE = "vn.practica.test.thing.changed.v1";

    private static final Logger LOG = Logger.getLogger(TracedWriteResource.class);

    private final Outbox outbox;

    TracedWriteResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Path("/{topic}")
    @Authenticated
    public String appendEvent(@PathParam("topic") String topic) {
        UUID id = QuarkusTransaction.requiringNew()
                .call(() -> outbox.append(
                        new OutboxEvent(topic, "thing", AGGREGATE_ID, TYPE, Map.of("name", AGGREGATE_ID))));
        LOG.infof("Appended event %s", id);
        return id.toString();
    }

    @GET
    @Path("/ping")
    @PermitAll
    public String ping() {
        LOG.info("Pinged");
        return "pong";
    }
}
