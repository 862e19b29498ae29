package vn.practica.catalog.competency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(
            operationId = "getAllCFDocuments",
            summary = "List frameworks by title; CASE paging with limit (1-1000, default 100) and offset")
    @APIResponse(
            responseCode = "200",
            description = "One page of CFDocuments",
            content = @Content(schema = @Schema(implementation = CaseSchemas.DocumentSet.class)))
    public ObjectNode listDocuments(
            @QueryParam("limit")
                    @Parameter(
                            description = "Most CFDocuments to return",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + CasePaging.MAX_LIMIT,
                                            defaultValue = "" + CasePaging.DEFAULT_LIMIT))
                    String limit,
            @QueryParam("offset")
                    @Parameter(
                            description = "How many CFDocuments to skip",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "0",
                                            maximum = "2147483647",
                                            defaultValue = "0"))
                    String offset) {
        CasePaging paging = CasePaging.of(limit, offset);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        var documents = body.putArray("CFDocuments");
        reads.listFrameworks(paging.offset(), paging.limit()).forEach(f -> documents.add(CaseJson.document(f, uris)));
        return body;
    }

    @GET
    @Path("/CFDocuments/{sourcedId}")
    @PermitAll
    @Operation(operationId = "getCFDocument", summary = "Read one framework's CFDocument")
    @APIResponse(
            responseCode = "200",
            description = "The CFDocument",
            content = @Content(schema = @Schema(implementation = CaseSchemas.Document.class)))
    @APIResponse(responseCode = "404", description = "not-found: no framework with this identifier")
    public ObjectNode getDocument(
            @PathParam("sourcedId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String sourcedId) {
        return CaseJson.document(framework(id(sourcedId)), uris);
    }

    @GET
    @Path("/CFItems/{sourcedId}")
    @PermitAll
    @Operation(operationId = "getCFItem", summary = "Read one CFItem (competency, competency area, skill level...)")
    @APIResponse(
            responseCode = "200",
            description = "The CFItem",
            content = @Content(schema = @Schema(implementation = CaseSchemas.Item.class)))
    @APIResponse(responseCode = "404", description = "not-found: no item with this identifier")
    public ObjectNode getItem(
            @PathParam("sourcedId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String sourcedId) {
        var item = reads.findItem(id(sourcedId)).orElseThrow(() -> DomainException.notFound("No CFItem " + sourcedId));
        return CaseJson.item(item, framework(item.frameworkId()));
    }

    @GET
    @Path("/CFAssociations/{sourcedId}")
    @PermitAll
    @Operation(operationId = "getCFAssociation", summary = "Read one CFAssociation")
    @APIResponse(
            responseCode = "200",
            description = "The CFAssociation",
            content = @Content(schema = @Schema(implementation = CaseSchemas.Association.class)))
    @APIResponse(responseCode = "404", description = "not-found: no association with this identifier")
    public ObjectNode getAssociation(
            @PathParam("sourcedId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String sourcedId) {
        var association = reads.findAssociation(id(sourcedId))
                .orElseThrow(() -> DomainException.notFound("No CFAssociation " + sourcedId));
        return CaseJson.association(association, framework(association.frameworkId()));
    }

    @GET
    @Path("/CFPackages/{sourcedId}")
    @PermitAll
    @Operation(
            operationId = "getCFPackage",
            summary = "Read a whole framework: its CFDocument, all CFItems and CFAssociations")
    @APIResponse(
            responseCode = "200",
            description = "The CFPackage",
            content = @Content(schema = @Schema(implementation = CaseSchemas.Package.class)))
    @APIResponse(responseCode = "404", description = "not-found: no framework with this identifier")
    public ObjectNode getPackage(
            @PathParam("sourcedId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String sourcedId) {
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
            operationId = "importCFPackage",
            summary = "Import or re-import a CFPackage (State only): upsert by identifier, removes what it no"
                    + " longer has; 201 when new, 200 otherwise; all or nothing")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CaseSchemas.Package.class)))
    @APIResponse(
            responseCode = "200",
            description = "Re-imported: what changed",
            content = @Content(schema = @Schema(implementation = CaseImportResponse.class)))
    @APIResponse(
            responseCode = "201",
            description = "A new framework; Location names its CFPackage",
            content = @Content(schema = @Schema(implementation = CaseImportResponse.class)))
    @APIResponse(
            responseCode = "409",
            description = "competency-item-in-use: items the import would remove are mapped to courses or fields;"
                    + " idempotency-key-in-flight")
    @APIResponse(
            responseCode = "413",
            description = "case-package-too-large: more than " + CaseLimits.MAX_ITEMS + " CFItems or "
                    + CaseLimits.MAX_ASSOCIATIONS + " CFAssociations; body-too-large")
    @APIResponse(
            responseCode = "422",
            description = "invalid-case-package: properties that break the CFPackage schema's rules, each named by"
                    + " its JSON path in errors; idempotency-key-reused")
    public Response importPackage(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, JsonNode body) {
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
    @Operation(
            operationId = "deleteCFPackage",
            summary = "Remove a framework with its items and associations (State only); 409 while mapped")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "not-found: no framework with this identifier")
    @APIResponse(
            responseCode = "409",
            description = "competency-item-in-use: its items are mapped to courses or fields (listed in errors)")
    public Response deletePackage(
            @PathParam("sourcedId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String sourcedId) {
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
