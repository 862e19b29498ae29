package vn.practica.placement.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Students as other features find them: the one signed in (by the login subject of their token) or those their
 * records name (by id). What a reader may see of them is the reading feature's rule.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StudentDirectoryService {
    private final StudentRepository students;

    StudentDirectoryService(StudentRepository students) {
        this.students = students;
    }

    /** The student whose record is tied to this login; empty when no school registered one. */
    public Optional<StudentDetails> findByLogin(String loginSubject) {
        return students.byLoginSubject(loginSubject).map(StudentDetails::of);
    }

    /** Each of these students that exists, by id; one query. */
    public Map<UUID, StudentDetails> findByIds(Collection<UUID> ids) {
        return students.byIds(ids).stream()
                .map(StudentDetails::of)
                .collect(Collectors.toMap(StudentDetails::id, Function.identity()));
    }
}
