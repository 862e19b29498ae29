package vn.practica.catalog.search;

import jakarta.ws.rs.QueryParam;

/**
 * The query parameters course and programme searches share, as sent; {@link SearchParameters} reads them so
 * one 400 lists every mistake.
 */
public class CurriculumSearchQuery {
    @QueryParam("q")
    String q;

    @QueryParam("field")
    String field;

    @QueryParam("province")
    String province;

    @QueryParam("school")
    String school;

    @QueryParam("level")
    String level;

    @QueryParam("sort")
    String sort;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    /** @param alphabetical the endpoint's name for its alphabetical order ({@code title}, {@code name}) */
    CurriculumSearch toSearch(String alphabetical) {
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
