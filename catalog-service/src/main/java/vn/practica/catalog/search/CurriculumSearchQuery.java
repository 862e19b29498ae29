package vn.practica.catalog.search;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters course and programme searches share, as sent; {@link SearchParameters} reads them so
 * one 400 lists every mistake. The OpenAPI document shows each with the type and bounds that reading checks.
 * {@code sort} is each endpoint's own: their alphabetical orders have different names.
 */
public class CurriculumSearchQuery {
    @QueryParam("q")
    @Parameter(
            description = SearchParameters.TEXT,
            schema = @Schema(type = SchemaType.STRING, maxLength = SearchParameters.MAX_TEXT))
    String q;

    @QueryParam("field")
    @Parameter(
            description = "A field's code",
            schema = @Schema(type = SchemaType.STRING, maxLength = SearchParameters.MAX_CODE))
    String field;

    @QueryParam("province")
    @Parameter(
            description = "The school's province code",
            schema = @Schema(type = SchemaType.STRING, maxLength = SearchParameters.MAX_CODE))
    String province;

    @QueryParam("school")
    @Parameter(description = "The school's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    String school;

    @QueryParam("level")
    @Parameter(
            description = "VQF level of the programme",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "8"))
    String level;

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
    String page;

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
    String size;

    /**
     * @param sort the endpoint's own sort parameter, as sent
     * @param alphabetical the endpoint's name for its alphabetical order ({@code title}, {@code name})
     */
    CurriculumSearch toSearch(String sort, String alphabetical) {
        var params = new SearchParameters();
        var search = new CurriculumSearch(
                params.text(q),
                params.code("field", field),
                params.code("province", province),
                params.uuid("school", school),
                params.level(level),
                params.sort(sort, alphabetical),
                params.page(page),
                params.size(size));
        params.requireValid();
        return search;
    }
}
