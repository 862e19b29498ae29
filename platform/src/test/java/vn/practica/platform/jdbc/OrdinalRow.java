package vn.practica.platform.jdbc;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An enum stored by its ordinal, which CopyInserts refuses rather than write by name. */
@Entity
@Table(name = "copied_row")
public class OrdinalRow {
    @Id
    UUID id;

    @Enumerated(EnumType.ORDINAL)
    CopiedRow.Kind seats;

    protected OrdinalRow() {}

    OrdinalRow(UUID id) {
        this.id = id;
    }
}
