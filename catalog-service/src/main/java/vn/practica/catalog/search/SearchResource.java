package vn.practica.catalog.search;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    private final CatalogSearchService service;

    SearchResource(CatalogSearchService service) {
        this.service = service;
    }

    @GET
    @Path("/courses")
    @Operation(
            summary =
                    "Active courses by text (every word, any order, diacritics ignored), field, level, province, school")
    public SearchPage<CourseSearchResult> searchCourses(@BeanParam CurriculumSearchQuery query) {
        return service.searchCourses(query.toSearch("title"));
    }

    @GET
    @Path("/programs")
    @Operation(
            summary =
                    "Active programmes by text (every word, any order, diacritics ignored), field, level, province, school")
    public SearchPage<ProgramSearchResult> searchPrograms(@BeanParam CurriculumSearchQuery query) {
        return service.searchPrograms(query.toSearch("name"));
    }

    @GET
    @Path("/competency-items")
    @Operation(summary = "Competency items (CASE CFItems) by text, framework and item type")
    public SearchPage<CompetencyItemSearchResult> searchCompetencyItems(
            @QueryParam("q") String q,
            @QueryParam("framework") String framework,
            @QueryParam("type") String type,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
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
