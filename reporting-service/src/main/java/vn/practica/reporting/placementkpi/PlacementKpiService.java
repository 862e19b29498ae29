package vn.practica.reporting.placementkpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.practica.platform.problem.DomainException;
import vn.practica.reporting.privacy.CellSuppression;
import vn.practica.reporting.privacy.PrivacyConfig;

/**
 * Answers placement KPI tables from reporting's own facts: SQL counts every cell with its totals, each period's
 * cells are suppressed together (a period's totals never mix with another's), then the KPIs are derived.
 */
@ApplicationScoped
public class PlacementKpiService {
    private final PlacementKpiRepository repository;
    private final PrivacyConfig privacy;
    private final PlacementKpiConfig limits;

    PlacementKpiService(PlacementKpiRepository repository, PrivacyConfig privacy, PlacementKpiConfig limits) {
        this.repository = repository;
        this.privacy = privacy;
        this.limits = limits;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlacementKpiTable placementKpis(PlacementKpiQuery query) {
        List<KpiCounts> cells = repository.cells(query, limits.maxRows() + 1);
        if (cells.size() > limits.maxRows()) {
            throw new DomainException(
                    PlacementKpiProblems.TABLE_TOO_LARGE,
                    "The table would have more than " + limits.maxRows()
                            + " rows: group by fewer dimensions, use a longer period, a shorter range or filters");
        }
        Map<LocalDate, List<KpiCounts>> periods = new LinkedHashMap<>();
        for (KpiCounts cell : cells) {
            if (!offerOnlyPartOfSchools(query, cell)) {
                periods.computeIfAbsent(cell.periodStart(), p -> new ArrayList<>())
                        .add(cell);
            }
        }
        List<PlacementKpiRow> rows = new ArrayList<>();
        int k = privacy.minimumCellSize();
        for (List<KpiCounts> period : periods.values()) {
            boolean[] suppressed = suppress(query.groupBy(), period, k);
            for (int i = 0; i < period.size(); i++) {
                rows.add(PlacementKpiRows.of(query, period.get(i), suppressed[i]));
            }
        }
        return new PlacementKpiTable(query, k, rows);
    }

    /**
     * Offers have no school: split by school, they form a part "no school" that holds nothing but offers. Their
     * counts stay in the totals over school; the part itself is no row.
     */
    private static boolean offerOnlyPartOfSchools(PlacementKpiQuery query, KpiCounts cell) {
        return query.groupBy().contains(KpiDimension.SCHOOL)
                && !cell.totalsOver(KpiDimension.SCHOOL)
                && cell.schoolId() == null;
    }

    private static boolean[] suppress(List<KpiDimension> groupBy, List<KpiCounts> cells, int k) {
        int dimensions = groupBy.size();
        int[] keys = new int[cells.size() * dimensions];
        long[] students = new long[cells.size()];
        List<Map<Object, Integer>> dense = new ArrayList<>();
        groupBy.forEach(d -> dense.add(new HashMap<>()));
        for (int c = 0; c < cells.size(); c++) {
            KpiCounts cell = cells.get(c);
            students[c] = cell.students();
            for (int d = 0; d < dimensions; d++) {
                KpiDimension dimension = groupBy.get(d);
                Map<Object, Integer> values = dense.get(d);
                keys[c * dimensions + d] = cell.totalsOver(dimension)
                        ? -1
                        : values.computeIfAbsent(cell.value(dimension), v -> values.size());
            }
        }
        return CellSuppression.suppress(dimensions, keys, students, k);
    }
}
