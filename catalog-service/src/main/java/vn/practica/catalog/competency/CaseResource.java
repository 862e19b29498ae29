package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.http.Created;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.idempotency.IdempotencyKey;
import vn.practica.platform.idempotency.IdempotentRequests;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.ratelimit.RateLimitGroup;
import vn.practica.platform.ratelimit.RateLimited;
import vn.practica.platform.security.Roles;

/** 1EdTech CASE 1.1 provider: competency frameworks, public to read, imported only by the State. */
@Path("/ims/case/v1p1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "CASE 1.1", description = "Competency frameworks as 1EdTech CASE 1.1 CFDocuments, CFItems, CFAssociations")
public class CaseResource {
    private final CompetencyReadService reads;
    private final CompetencyImportService imports;
    private final CaseUris uris;
    private final IdempotentRequests idempotent;

    CaseResource(
            CompetencyReadService reads,
            CompetencyImportService imports,
            CaseUris uris,
            IdempotentRequests idempotent) {
        this.reads = reads;
        this.imports = imports;
        this.uris = uris;
        this.idempotent = idempotent;
    }

    @GET
    @Path("/CFDocuments")
    @PermitAll
    @Operation(summary = "List frameworks by title; CASE paging with limit (1-1000, default 100) and offset")
    public ObjectNode listDocuments(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        CasePaging paging = CasePaging.of(limit, offset);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        var documents = body.putArray("CFDocuments");
        reads.listFrameworks(paging.offset(), paging.limit()).forEach(f -> documents.add(CaseJson.document(f, uris)));
        return body;
    }

    @GET
    @Path("/CFDocuments/{sourcedId}")
    @PermitAll
    @Operation(summary = "Read one framework's CFDocument")
    public ObjectNode getDocument(@PathParam("sourcedId") String sourcedId) {
        return CaseJson.document(framework(id(sourcedId)), uris);
    }

    @GET
    @Path("/CFItems/{sourcedId}")
    @PermitAll
    @Operation(summary = "Read one CFItem (competency, competency area, skill level...)")
    public ObjectNode getItem(@PathParam("sourcedId") String sourcedId) {
        var item = reads.findItem(id(sourcedId)).orElseThrow(() -> DomainException.notFound("No CFItem " + sourcedId));
        return CaseJson.item(item, framework(item.frameworkId()));
    }

    @GET
    @Path("/CFAssociations/{sourcedId}")
    @PermitAll
    @Operation(summary = "Read one CFAssociation")
    public ObjectNode getAssociation(@PathParam("sourcedId") String sourcedId) {
        var association = reads.findAssociation(id(sourcedId))
                .orElseThrow(() -> DomainException.notFound("No CFAssociation " + sourcedId));
        return CaseJson.association(association, framework(association.frameworkId()));
    }

    @GET
    @Path("/CFPackages/{sourcedId}")
    @PermitAll
    @Operation(summary = "Read a whole framework: its CFDocument, all CFItems and CFAssociations")
    public ObjectNode getPackage(@PathParam("sourcedId") String sourcedId) {
        return reads.findContents(id(sourcedId))
                .map(contents -> CaseJson.casePackage(contents, uris))
                .orElseThrow(() -> DomainException.notFound("No CFPackage " + sourcedId));
    }

    @POST
    @Path("/CFPackages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STATE)
    @RateLimited(RateLimitGroup.BULK)
    @Operation(
            summary = "Import or re-import a CFPackage (State only): upsert by identifier, removes what it no"
                    + " longer has; 201 when new, 200 otherwise; all or nothing")
    public Response importPackage(
            @HeaderParam(IdempotencyKey.HEADER) @Parameter(description = IdempotencyKey.DESCRIPTION)
                    String idempotencyKey,
            JsonNode body) {
        if (body != null) {
            CasePackageReader.requireWithinLimits(body);
        }
        CasePackageRecord pkg = CasePackageReader.read(body);
        return idempotent.execute(idempotencyKey, () -> imported(imports.importPackage(pkg)));
    }

    private static Response imported(ImportResult result) {
        CaseImportResponse entity = CaseImportResponse.of(result);
        if (!result.frameworkCreated()) {
            return Response.ok(entity).build();
        }
        return Created.at(CaseResource.class, "CFPackages", result.frameworkId().toString())
                .entity(entity)
                .build();
    }

    @DELETE
    @Path("/CFPackages/{sourcedId}")
    @RolesAllowed(Roles.STATE)
    @Operation(summary = "Remove a framework with its items and associations (State only); 409 while mapped")
    public Response deletePackage(@PathParam("sourcedId") String sourcedId) {
        imports.deleteFramework(id(sourcedId));
        return Response.noContent().build();
    }

    private CompetencyFramework framework(UUID id) {
        return reads.findFramework(id).orElseThrow(() -> DomainException.notFound("No CFDocument " + id));
    }

    private static UUID id(String sourcedId) {
        return Uuids.require("path.sourcedId", sourcedId);
    }
}
