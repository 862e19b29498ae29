package vn.practica.platform.jdbc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.practica.platform.upsert.VersionedEntity;

/** An entity with a column of each kind CopyInserts writes, and a mapped superclass's columns. */
@Entity
@Table(name = "copied_row")
public class CopiedRow extends VersionedEntity {
    enum Kind {
        STUDENT,
        SCHOOL
    }

    @Id
    UUID id;

    String note;

    @Enumerated(EnumType.STRING)
    Kind kind;

    Long amount;

    int seats;

    Boolean flag;

    Instant moment;

    LocalDate due;

    @JdbcTypeCode(SqlTypes.ARRAY)
    UUID[] ids;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "words")
    String[] words;

    protected CopiedRow() {}

    CopiedRow(UUID id, Instant now) {
        super(now);
        this.id = id;
    }
}
