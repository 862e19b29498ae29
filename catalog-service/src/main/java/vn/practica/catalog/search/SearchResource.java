package vn.practica.catalog.search;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Search over the curriculum and competency catalogue. Any signed-in user may search, like the directory and
 * the course delta read it draws from (docs/security.md): results name schools, which the directory only
 * shows to signed-in users.
 */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Search", description = "Courses, programmes and competency items; Vietnamese diacritics ignored")
public class SearchResource {
    private static final String SORT = "relevance (only with q), the alphabetical order, or updated (newest"
            + " first); by default relevance when q is given, else alphabetical";

    private final CatalogSearchService service;

    SearchResource(CatalogSearchService service) {
        this.service = service;
    }

    @GET
    @Path("/courses")
    @Operation(
            operationId = "searchCourses",
            summary =
                    "Active courses by text (every word, any order, diacritics ignored), field, level, province, school")
    public SearchPage<CourseSearchResult> searchCourses(
            @BeanParam CurriculumSearchQuery query,
            @QueryParam("sort")
                    @Parameter(
                            description = SORT,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"relevance", "title", "updated"}))
                    String sort) {
        return service.searchCourses(query.toSearch(sort, "title"));
    }

    @GET
    @Path("/programs")
    @Operation(
            operationId = "searchPrograms",
            summary =
                    "Active programmes by text (every word, any order, diacritics ignored), field, level, province, school")
    public SearchPage<ProgramSearchResult> searchPrograms(
            @BeanParam CurriculumSearchQuery query,
            @QueryParam("sort")
                    @Parameter(
                            description = SORT,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"relevance", "name", "updated"}))
                    String sort) {
        return service.searchPrograms(query.toSearch(sort, "name"));
    }

    @GET
    @Path("/competency-items")
    @Operation(
            operationId = "searchCompetencyItems",
            summary = "Competency items (CASE CFItems) by text, framework and item type")
    public SearchPage<CompetencyItemSearchResult> searchCompetencyItems(
            @QueryParam("q")
                    @Parameter(
                            description = SearchParameters.TEXT,
                            schema = @Schema(type = SchemaType.STRING, maxLength = SearchParameters.MAX_TEXT))
                    String q,
            @QueryParam("framework")
                    @Parameter(
                            description = "The framework's CASE identifier",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    String framework,
            @QueryParam("type")
                    @Parameter(
                            description = "CFItemType, e.g. Competency",
                            schema = @Schema(type = SchemaType.STRING, maxLength = SearchParameters.MAX_ITEM_TYPE))
                    String type,
            @QueryParam("sort")
                    @Parameter(
                            description = SORT,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"relevance", "code", "updated"}))
                    String sort,
            @QueryParam("page")
                    @Parameter(
                            description = SearchParameters.PAGE,
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "0",
                                            maximum = "" + SearchParameters.MAX_PAGE,
                                            defaultValue = "0"))
                    String page,
            @QueryParam("size")
                    @Parameter(
                            description = "Results per page",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "" + SearchParameters.MAX_SIZE,
                                            defaultValue = "" + SearchParameters.DEFAULT_SIZE))
                    String size) {
        var params = new SearchParameters();
        var search = new CompetencyItemSearch(
                params.text(q),
                params.uuid("framework", framework),
                params.itemType(type),
                params.sort(sort, "code"),
                params.page(page),
                params.size(size));
        params.requireValid();
        return service.searchCompetencyItems(search);
    }
}
