package vn.practica.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A school's course (code, title, credits, practical hours, learning outcomes) in one or more programmes. */
@Entity
@Table(name = "course")
public class Course extends SyncedEntity {
    private String code;
    private String title;
    private BigDecimal credits;

    @Column(name = "practical_hours")
    private Integer practicalHours;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "learning_outcomes")
    private List<String> learningOutcomes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_program", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "program_id")
    private Set<UUID> programIds = new TreeSet<>();

    @Column(name = "search_text")
    private String searchText;

    protected Course() {}

    private Course(UUID schoolId, String sourcedId) {
        super(schoolId, sourcedId);
    }

    public static Course create(UUID schoolId, CourseRecord record, Set<UUID> programIds, Instant now) {
        Course course = new Course(schoolId, record.sourcedId());
        course.copy(record, programIds, now);
        return course;
    }

    /** Applies the school's newer record; returns false when it changes nothing (no version, no event). */
    public boolean update(CourseRecord record, Set<UUID> newProgramIds, Instant now) {
        if (sameAs(record, newProgramIds)) {
            return false;
        }
        copy(record, newProgramIds, now);
        bumpVersion();
        return true;
    }

    private boolean sameAs(CourseRecord r, Set<UUID> newProgramIds) {
        return code.equals(r.code())
                && title.equals(r.title())
                && compare(credits, r.credits())
                && Objects.equals(practicalHours, r.practicalHours())
                && learningOutcomes.equals(outcomes(r))
                && programIds.equals(new TreeSet<>(newProgramIds))
                && status() == r.status();
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static List<String> outcomes(CourseRecord r) {
        return r.learningOutcomes() == null ? List.of() : List.copyOf(r.learningOutcomes());
    }

    private void copy(CourseRecord r, Set<UUID> newProgramIds, Instant now) {
        code = r.code();
        title = r.title();
        credits = r.credits();
        practicalHours = r.practicalHours();
        learningOutcomes = new ArrayList<>(outcomes(r));
        programIds = new TreeSet<>(newProgramIds);
        searchText = SearchText.of(code, title);
        stamp(r.status(), r.dateLastModified(), now);
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public BigDecimal credits() {
        return credits;
    }

    public Integer practicalHours() {
        return practicalHours;
    }

    public List<String> learningOutcomes() {
        return List.copyOf(learningOutcomes);
    }

    public Set<UUID> programIds() {
        return Set.copyOf(programIds);
    }
}
