package vn.practica.catalog.curriculum;

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
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.practica.platform.text.SearchText;

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

    // A page of delta reads loads its links in a few batched queries, not one per course (SUBSELECT would
    // re-run the page query without its limit)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 500)
    @CollectionTable(name = "course_program", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "program_id")
    private Set<UUID> programIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 500)
    @CollectionTable(name = "course_competency", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "item_id")
    private Set<UUID> competencyItemIds = new TreeSet<>();

    @Column(name = "search_text")
    private String searchText;

    protected Course() {}

    private Course(UUID schoolId, String sourcedId, Instant now) {
        super(schoolId, sourcedId, now);
    }

    public static Course create(UUID schoolId, CourseRecord record, Links links, Instant now) {
        Course course = new Course(schoolId, record.sourcedId(), now);
        course.copy(record, links, now);
        return course;
    }

    /** A course as stored, read by the bulk sync without Hibernate; it is not a managed entity. */
    public static Course restore(Stored stored, CourseRecord columns, Links links) {
        Course course = new Course();
        course.restore(stored);
        course.code = columns.code();
        course.title = columns.title();
        course.credits = columns.credits();
        course.practicalHours = columns.practicalHours();
        course.learningOutcomes = new ArrayList<>(outcomes(columns));
        course.programIds = new TreeSet<>(links.programIds());
        course.competencyItemIds = new TreeSet<>(links.competencyItemIds());
        course.searchText = SearchText.of(course.code, course.title);
        return course;
    }

    /** Applies the school's newer record; returns false when it changes nothing (no version, no event). */
    public boolean update(CourseRecord record, Links links, Instant now) {
        return change(sameAs(record, links), () -> copy(record, links, now), now);
    }

    private boolean sameAs(CourseRecord r, Links links) {
        return code.equals(r.code())
                && title.equals(r.title())
                && compare(credits, r.credits())
                && Objects.equals(practicalHours, r.practicalHours())
                && learningOutcomes.equals(outcomes(r))
                && programIds.equals(links.programIds())
                && competencyItemIds.equals(links.competencyItemIds())
                && status() == r.status();
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static List<String> outcomes(CourseRecord r) {
        return r.learningOutcomes() == null ? List.of() : List.copyOf(r.learningOutcomes());
    }

    private void copy(CourseRecord r, Links links, Instant now) {
        code = r.code();
        title = r.title();
        credits = r.credits();
        practicalHours = r.practicalHours();
        learningOutcomes = new ArrayList<>(outcomes(r));
        programIds = new TreeSet<>(links.programIds());
        competencyItemIds = new TreeSet<>(links.competencyItemIds());
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

    public String searchText() {
        return searchText;
    }

    public Set<UUID> programIds() {
        return Set.copyOf(programIds);
    }

    public Set<UUID> competencyItemIds() {
        return Set.copyOf(competencyItemIds);
    }

    /** What a course row points at, resolved to our ids: its programmes and competency items. */
    public record Links(Set<UUID> programIds, Set<UUID> competencyItemIds) {
        public Links {
            programIds = Set.copyOf(programIds);
            competencyItemIds = Set.copyOf(competencyItemIds);
        }
    }
}
