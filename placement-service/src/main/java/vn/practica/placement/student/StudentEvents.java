package vn.practica.placement.student;

import vn.practica.events.Topics;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.events.placement.StudentEventData;
import vn.practica.platform.outbox.OutboxEvent;

/**
 * Maps a student to the event contract: the pseudonym, school, programme, year and interests, nothing else. No
 * name, e-mail, phone, login subject, sourcedId or text the student wrote ever reaches an event.
 */
final class StudentEvents {
    private StudentEvents() {}

    static OutboxEvent registered(Student student) {
        return event(PlacementEventTypes.STUDENT_REGISTERED, student);
    }

    static OutboxEvent updated(Student student) {
        return event(PlacementEventTypes.STUDENT_UPDATED, student);
    }

    private static OutboxEvent event(String type, Student s) {
        String id = s.pseudonym().toString();
        StudentEventData data = new StudentEventData(
                id, s.schoolId().toString(), s.programSourcedId(), s.yearOfStudy(), s.fieldInterests(), s.version());
        return new OutboxEvent(Topics.PLACEMENT, PlacementEventTypes.AGGREGATE_STUDENT, id, type, data);
    }
}
