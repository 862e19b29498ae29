package vn.practica.platform.tenancy;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problems;
import vn.practica.platform.security.Caller;

/** Users of a suspended organization may still read, but every write is refused with 403, in every service. */
public class SuspendedOrganizationFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final OrganizationStatuses statuses;
    private final Caller caller;

    SuspendedOrganizationFilter(OrganizationStatuses statuses, Caller caller) {
        this.statuses = statuses;
        this.caller = caller;
    }

    /** Runs on the worker thread after authentication; the status lookup is a local query. */
    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public Optional<Response> refuseWritesOfSuspendedOrganizations(ContainerRequestContext request) {
        if (READS.contains(request.getMethod()) || request.getSecurityContext().getUserPrincipal() == null) {
            return Optional.empty();
        }
        return caller.organizationId()
                .filter(statuses::isSuspended)
                .map(org -> Problems.response(
                        PlatformProblems.ORGANIZATION_SUSPENDED,
                        "Organization " + org + " is suspended; its users may only read"));
    }
}
