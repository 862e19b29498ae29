package vn.practica.placement.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.practica.placement.placement.AuditChange;

/** What an edit changed, member by member, for the audit trail; people's names are marked personal. */
final class AgreementChanges {
    private AgreementChanges() {}

    static List<AuditChange> between(AgreementContent before, AgreementContent after) {
        List<AuditChange> changes = new ArrayList<>();
        add(changes, "startDate", before.startDate(), after.startDate());
        add(changes, "endDate", before.endDate(), after.endDate());
        add(changes, "weeklyHours", before.weeklyHours(), after.weeklyHours());
        add(changes, "totalHours", before.totalHours(), after.totalHours());
        add(changes, "workMode", before.workMode(), after.workMode());
        add(changes, "provinceCode", before.provinceCode(), after.provinceCode());
        add(changes, "addedObjectiveItemIds", before.addedItemIds(), after.addedItemIds());
        if (!Objects.equals(before.supervisor(), after.supervisor())) {
            changes.add(AuditChange.personal("schoolSupervisor", before.supervisor(), after.supervisor()));
        }
        if (!Objects.equals(before.mentor(), after.mentor())) {
            changes.add(AuditChange.personal("businessMentor", before.mentor(), after.mentor()));
        }
        return changes;
    }

    private static void add(List<AuditChange> changes, String member, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(AuditChange.of(member, before, after));
        }
    }
}
