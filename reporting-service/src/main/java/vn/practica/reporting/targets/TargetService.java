package vn.practica.reporting.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.id.TimeOrderedIds;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;
import vn.practica.reporting.kpi.FieldKpiService;
import vn.practica.reporting.placementkpi.KpiPeriod;
import vn.practica.reporting.placementkpi.KpiSlice;
import vn.practica.reporting.province.ProvinceService;

/** The State's yearly targets and how far the programme is towards them. */
@ApplicationScoped
public class TargetService {
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** More than any count of the programme can reach in a year; a larger target is a typing mistake. */
    public static final long MAX_TARGET = 100_000_000L;
    /** Five KPIs by every field and province fit many times over. */
    static final int MAX_TARGETS_PER_YEAR = 10_000;

    private final TargetRepository targets;
    private final FieldKpiService fields;
    private final ProvinceService provinces;
    private final TargetProgressCalculator progress;

    TargetService(
            TargetRepository targets,
            FieldKpiService fields,
            ProvinceService provinces,
            TargetProgressCalculator progress) {
        this.targets = targets;
        this.fields = fields;
        this.provinces = provinces;
        this.progress = progress;
    }

    /** The target and whether this call created it. */
    public record Change(Target target, boolean created) {}

    /**
     * Sets the target of a key, creating it if new; the same value again changes nothing (no new version). The
     * field must be one catalog announced and the province one of the 34.
     */
    @Transactional
    public Change put(TargetKey key, long value, OptionalLong expectedVersion) {
        requireKnown(key);
        Optional<Target> current = targets.find(key, true);
        if (current.isEmpty()) {
            IfMatch.requireCurrent("The target", 0, expectedVersion);
            boolean created = targets.insert(TimeOrderedIds.next(), key, value, Instant.now());
            Target stored = targets.find(key, true).orElseThrow();
            // Another request created it between our read and insert: then this one updates it
            return created ? new Change(stored, true) : update(stored, value, OptionalLong.empty());
        }
        return update(current.get(), value, expectedVersion);
    }

    private Change update(Target target, long value, OptionalLong expectedVersion) {
        IfMatch.requireCurrent("The target", target.version(), expectedVersion);
        if (target.target() == value) {
            return new Change(target, false);
        }
        Instant now = Instant.now();
        targets.update(target.id(), value, target.version() + 1, now);
        return new Change(new Target(target.id(), target.key(), value, target.version() + 1, now), false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Target get(TargetKey key) {
        return targets.find(key, false).orElseThrow(TargetService::notFound);
    }

    @Transactional
    public void delete(TargetKey key, OptionalLong expectedVersion) {
        Target target = targets.find(key, true).orElseThrow(TargetService::notFound);
        IfMatch.requireCurrent("The target", target.version(), expectedVersion);
        targets.delete(target.id());
    }

    /** Every target of the year with the actual of the caller's slice, suppressed as the KPI tables are. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetProgress progress(int year, KpiSlice slice) {
        List<Target> ofYear = targets.ofYear(year, MAX_TARGETS_PER_YEAR);
        return progress.of(year, ofYear, slice, LocalDate.now(KpiPeriod.VIETNAM));
    }

    private void requireKnown(TargetKey key) {
        List<Problem.FieldError> errors = new ArrayList<>();
        key.fieldCode()
                .filter(code -> !fields.fieldKnown(code))
                .ifPresent(code -> errors.add(new Problem.FieldError("query.field", "no field with code " + code)));
        key.provinceCode()
                .filter(code -> provinces.province(code).isEmpty())
                .ifPresent(
                        code -> errors.add(new Problem.FieldError("query.province", "no province with code " + code)));
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private static DomainException notFound() {
        return DomainException.notFound("No target for this year, KPI, field and province");
    }
}
