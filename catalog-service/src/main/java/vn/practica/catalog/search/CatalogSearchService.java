package vn.practica.catalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.practica.catalog.field.FieldService;
import vn.practica.catalog.organization.ProvinceService;
import vn.practica.catalog.search.CourseSearchResult.ProgramRef;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;
import vn.practica.platform.text.SearchText;

/** Search over courses, programmes and competency items: filters checked against reference data, then paged. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogSearchService {
    private final CatalogSearchRepository search;
    private final FieldService fields;
    private final ProvinceService provinces;

    CatalogSearchService(CatalogSearchRepository search, FieldService fields, ProvinceService provinces) {
        this.search = search;
        this.fields = fields;
        this.provinces = provinces;
    }

    /** Courses with their programmes: one query for the page, one for the programmes of its courses. */
    public SearchPage<CourseSearchResult> searchCourses(CurriculumSearch query) {
        requireKnownReferences(query);
        SearchPage<CourseSearchResult> page = SearchPage.of(
                search.searchCourses(query, effectiveSort(query.text(), query.sort())), query.page(), query.size());
        Map<UUID, List<ProgramRef>> programs = search.programsOfCourses(
                page.items().stream().map(CourseSearchResult::id).toList());
        List<CourseSearchResult> items = page.items().stream()
                .map(c -> c.withPrograms(programs.getOrDefault(c.id(), List.of())))
                .toList();
        return new SearchPage<>(items, page.page(), page.size(), page.hasMore());
    }

    public SearchPage<ProgramSearchResult> searchPrograms(CurriculumSearch query) {
        requireKnownReferences(query);
        return SearchPage.of(
                search.searchPrograms(query, effectiveSort(query.text(), query.sort())), query.page(), query.size());
    }

    public SearchPage<CompetencyItemSearchResult> searchCompetencyItems(CompetencyItemSearch query) {
        return SearchPage.of(
                search.searchCompetencyItems(query, effectiveSort(query.text(), query.sort())),
                query.page(),
                query.size());
    }

    /**
     * Relevance is the default with a query; without one there is nothing to be relevant to, so relevance
     * (asked or defaulted) falls back to alphabetical rather than failing a UI that always sends it.
     */
    static SearchSort effectiveSort(Optional<String> text, Optional<SearchSort> asked) {
        boolean hasText = !text.map(SearchText::fold).orElse("").isEmpty();
        SearchSort sort = asked.orElse(hasText ? SearchSort.RELEVANCE : SearchSort.ALPHABETICAL);
        return sort == SearchSort.RELEVANCE && !hasText ? SearchSort.ALPHABETICAL : sort;
    }

    /** An unknown field or province is a client mistake (a typo would otherwise look like "no results"). */
    private void requireKnownReferences(CurriculumSearch query) {
        List<Problem.FieldError> errors = new ArrayList<>();
        query.fieldCode()
                .filter(code -> fields.findField(code).isEmpty())
                .ifPresent(code -> errors.add(new Problem.FieldError("query.field", "unknown field " + code)));
        query.provinceCode()
                .filter(code -> !provinces.isKnownProvince(code))
                .ifPresent(code -> errors.add(new Problem.FieldError("query.province", "unknown province " + code)));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
