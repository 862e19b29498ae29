package vn.practica.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.practica.placement.offer.OfferTerms;

/**
 * Records a matching round's matches as accepted applications, so that each of its placements rests on an
 * application like every other one (lists, the one-application-per-student-and-offer rule, reporting). Nothing is
 * announced here: the round's {@code placement.proposed} events say it all.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MatchedApplicationService {
    private final ApplicationRepository applications;

    MatchedApplicationService(ApplicationRepository applications) {
        this.applications = applications;
    }

    /** A student and their school, and the offer a round placed them in. */
    public record MatchedStudent(OfferTerms offer, UUID studentId, UUID schoolId) {}

    /** One accepted application per student, in order, inserted in batches; returns their ids. */
    public List<UUID> acceptMatched(UUID roundId, List<MatchedStudent> students, Instant now) {
        List<Application> accepted = new ArrayList<>(students.size());
        List<UUID> ids = new ArrayList<>(students.size());
        for (MatchedStudent student : students) {
            Application application =
                    Application.matched(student.offer(), roundId, student.studentId(), student.schoolId(), now);
            accepted.add(application);
            ids.add(application.id());
        }
        applications.insertAll(accepted);
        return ids;
    }
}
