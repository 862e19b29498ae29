package vn.practica.catalog.organization;

import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.http.Created;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.idempotency.IdempotencyKey;
import vn.practica.platform.idempotency.IdempotentRequests;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** The partner directory: partners register themselves; the State verifies or suspends them. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations", description = "Partner directory of schools, businesses and agencies")
public class OrganizationResource {
    /** Page numbers above this would overflow the row offset (page × size); no directory is that long. */
    private static final int PAGE_MAX = 1_000_000;

    private static final int MAX_SIZE = 200;
    private static final String NOT_FOUND = "not-found: no organization with this id";
    private static final String STALE =
            "stale-version: the organization changed since the If-Match version; invalid-if-match";

    private final OrganizationService service;
    private final ProvinceService provinces;
    private final Caller caller;
    private final IdempotentRequests idempotent;

    OrganizationResource(
            OrganizationService service, ProvinceService provinces, Caller caller, IdempotentRequests idempotent) {
        this.service = service;
        this.provinces = provinces;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @POST
    @RolesAllowed({Roles.STATE, Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "registerOrganization",
            summary = "Register an organization as PENDING (schools register schools, businesses businesses)")
    @APIResponse(
            responseCode = "201",
            description = "Registered; Location names it",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "identifier-taken: another organization of this kind holds the identifier;"
                    + " already-registered: the caller's organization is registered; idempotency-key-in-flight")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    public Response registerOrganization(
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull RegisterOrganizationRequest request) {
        OrganizationKind kind = OrganizationKind.valueOf(request.kind());
        requireMayRegister(kind);
        String identifier = kind.canonicalIdentifier(request.identifier())
                .orElseThrow(() -> DomainException.invalid(
                        List.of(new Problem.FieldError("body.identifier", "must be " + kind.identifierRule()))));
        OrganizationProfile profile = profile(request, kind, identifier);
        return idempotent.execute(idempotencyKey, () -> {
            Organization org = service.registerOrganization(registrationId(), profile, caller.userId());
            return Created.at(OrganizationResource.class, org.id().toString())
                    .tag(ETags.of(org.version()))
                    .entity(OrganizationResponse.of(org))
                    .build();
        });
    }

    @GET
    @Authenticated
    @Operation(
            operationId = "listOrganizations",
            summary = "Search partners by text (diacritics ignored, every word must occur), kind, province and"
                    + " status; sort by short name (default) or most recently changed")
    @APIResponse(
            responseCode = "200",
            description = "One page of partners, at most size",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = OrganizationResponse.class,
                                            maxItems = MAX_SIZE)))
    public List<OrganizationResponse> listOrganizations(
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("kind") @Pattern(regexp = "SCHOOL|BUSINESS|AGENCY") String kind,
            @QueryParam("province") @Size(max = Province.MAX_CODE) String province,
            @QueryParam("status") @Pattern(regexp = "PENDING|VERIFIED|SUSPENDED|REJECTED") String status,
            @QueryParam("sort")
                    @DefaultValue("name")
                    @Pattern(regexp = "name|updated", message = "must be name or updated")
                    String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PAGE_MAX) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(MAX_SIZE) int size) {
        Optional<String> provinceCode = Optional.ofNullable(province).map(p -> p.toUpperCase(Locale.ROOT));
        if (provinceCode.filter(code -> !provinces.isKnownProvince(code)).isPresent()) {
            // A typo would otherwise look like "no partners there", as in the search endpoints.
            throw DomainException.invalid("query.province", "unknown province " + province);
        }
        var filter = new OrganizationRepository.Filter(
                Optional.ofNullable(text),
                Optional.ofNullable(kind).map(OrganizationKind::valueOf),
                provinceCode,
                Optional.ofNullable(status).map(OrganizationStatus::valueOf),
                caller.organizationId().map(Uuids::parse),
                !caller.hasRole(Roles.STATE));
        return service.listOrganizations(filter, OrganizationRepository.Order.valueOf(sort), page, size).stream()
                .map(OrganizationResponse::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(operationId = "getOrganization", summary = "Read one partner; the ETag is its version")
    @APIResponse(
            responseCode = "200",
            description = "The partner",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "not-found: no organization with this id, or one the caller may not see yet")
    public Response getOrganization(
            @PathParam("id") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String id) {
        Organization org = service.findOrganization(Uuids.require("path.id", id))
                .filter(this::mayRead)
                .orElseThrow(() -> DomainException.notFound("No organization " + id));
        return Response.ok(OrganizationResponse.of(org))
                .tag(ETags.of(org.version()))
                .build();
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed(Roles.STATE)
    @Operation(operationId = "verifyOrganization", summary = "Verify a partner (State only)")
    @APIResponse(
            responseCode = "200",
            description = "The verified partner",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "412", description = STALE)
    public OrganizationResponse verifyOrganization(
            @PathParam("id") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return moveTo(id, OrganizationStatus.VERIFIED, ifMatch);
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Roles.STATE)
    @Operation(
            operationId = "suspendOrganization",
            summary = "Suspend a partner (State only): its users lose write access in every service")
    @APIResponse(
            responseCode = "200",
            description = "The suspended partner",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "412", description = STALE)
    public OrganizationResponse suspendOrganization(
            @PathParam("id") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return moveTo(id, OrganizationStatus.SUSPENDED, ifMatch);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.STATE)
    @Operation(
            operationId = "rejectOrganization",
            summary = "Reject a registration (State only), e.g. a disputed identifier: the organization is not a"
                    + " partner and its tax or ministry code is free for the real owner to register")
    @APIResponse(
            responseCode = "200",
            description = "The rejected organization",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "412", description = STALE)
    public OrganizationResponse rejectOrganization(
            @PathParam("id") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String id,
            @HeaderParam(IfMatch.HEADER) String ifMatch) {
        return moveTo(id, OrganizationStatus.REJECTED, ifMatch);
    }

    private OrganizationResponse moveTo(String id, OrganizationStatus next, String ifMatch) {
        return OrganizationResponse.of(
                service.changeStatus(Uuids.require("path.id", id), next, IfMatch.version(ifMatch)));
    }

    /**
     * A school or business registers only itself: the new organization's id is its token's {@code org}, so no
     * one can claim someone else's tax or ministry code as theirs. The State registers on anyone's behalf.
     */
    private UUID registrationId() {
        if (caller.hasRole(Roles.STATE)) {
            return UUID.randomUUID();
        }
        return caller.organizationId()
                .map(Uuids::parse)
                .orElseThrow(() -> new ForbiddenException(
                        "Your token's org claim must be your organization's id (a UUID) to register it"));
    }

    /** Schools register schools and businesses businesses; the State registers any kind, agencies included. */
    private void requireMayRegister(OrganizationKind kind) {
        boolean allowed = caller.hasRole(Roles.STATE)
                || (kind == OrganizationKind.SCHOOL && caller.hasRole(Roles.SCHOOL))
                || (kind == OrganizationKind.BUSINESS && caller.hasRole(Roles.BUSINESS));
        if (!allowed) {
            throw new ForbiddenException("Your role may not register an organization of kind " + kind);
        }
    }

    /** Unverified registrations are seen by the State and by the organization itself only. */
    private boolean mayRead(Organization org) {
        return org.status().isVisibleToOthers()
                || caller.hasRole(Roles.STATE)
                || caller.organizationId()
                        .map(Uuids::parse)
                        .map(org.id()::equals)
                        .orElse(false);
    }

    private static OrganizationProfile profile(
            RegisterOrganizationRequest r, OrganizationKind kind, String identifier) {
        return new OrganizationProfile(
                kind,
                identifier,
                r.legalName().strip(),
                r.shortName().strip(),
                r.provinceCode().strip().toUpperCase(Locale.ROOT),
                r.address(),
                r.website(),
                r.contactEmail().strip(),
                r.fieldCodes() == null
                        ? List.of()
                        : r.fieldCodes().stream().distinct().toList());
    }
}
