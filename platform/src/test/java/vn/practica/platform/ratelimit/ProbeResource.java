package vn.practica.platform.ratelimit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/**
 * Endpoints of the platform test app that the rate limits count: a public read, a write that leaves a row in
 * {@code applied_effect}, a write that rolls back, and a bulk import.
 */
@Path("/probe")
public class ProbeResource {
    private final EntityManager em;

    ProbeResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @PermitAll
    public String read() {
        return "read";
    }

    @POST
    @Path("/effects/{id}")
    @Authenticated
    @Transactional
    public Response write(@PathParam("id") String id) {
        insertEffect(id);
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("/effects/{id}/rolled-back")
    @Authenticated
    @Transactional
    public Response writeThenFail(@PathParam("id") String id) {
        insertEffect(id);
        throw new DomainException(PlatformProblems.CONCURRENT_CHANGE, "rolled back on purpose");
    }

    @POST
    @Path("/imports")
    @Authenticated
    @RateLimited(RateLimitGroup.BULK)
    public String bulkImport() {
        return "imported";
    }

    private void insertEffect(String id) {
        em.createNativeQuery("insert into applied_effect (event_id) values (?1)")
                .setParameter(1, id)
                .executeUpdate();
    }
}
