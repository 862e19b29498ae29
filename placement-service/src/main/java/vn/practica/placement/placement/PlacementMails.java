package vn.practica.placement.placement;

import java.util.Locale;
import vn.practica.placement.notification.MailMessage;
import vn.practica.placement.notification.Notice;

/**
 * The mail a student gets when a placement of theirs changes: what happened and where to look, in Vietnamese and
 * English; no names and nothing anyone wrote, so a mail read by the wrong eyes tells little.
 */
final class PlacementMails {
    private PlacementMails() {}

    static MailMessage toStudent(String address, Notice notice) {
        String what = notice.action().toLowerCase(Locale.ROOT).replace('_', ' ');
        String subject = "Practica: " + what + " (" + notice.placementStatus() + ")";
        String body = "Vị trí thực hành " + notice.placementId() + " vừa có thay đổi: " + what + ".\n"
                + "Your placement " + notice.placementId() + " changed: " + what + ".\n\n"
                + "Việc cần làm / what needs you: /api/v1/me/tasks\n"
                + "Thay đổi / changes: /api/v1/me/changes\n";
        return new MailMessage(address, subject, body);
    }

    /** A matching round placed the student: nobody asked them, so the mail says what it means and what is next. */
    static MailMessage matchedToStudent(String address, Notice notice) {
        String subject = "Practica: bạn đã được ghép một vị trí / you were matched to a placement";
        String body = "Đợt ghép nối đã đề xuất cho bạn vị trí thực hành " + notice.placementId()
                + ". Hãy xem và xác nhận thỏa thuận.\n"
                + "A matching round proposed placement " + notice.placementId()
                + " for you. Please review and confirm its agreement.\n\n"
                + "Việc cần làm / what needs you: /api/v1/me/tasks\n"
                + "Kết quả của bạn / your result: /api/v1/matching-rounds (results/me)\n";
        return new MailMessage(address, subject, body);
    }
}
