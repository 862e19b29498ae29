package vn.practica.placement.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.practica.placement.document.PdfLayout;
import vn.practica.placement.offer.WorkMode;
import vn.practica.placement.reference.CooperationAgreementTerms;

/**
 * The printable agreement, in Vietnamese with English beside it: the parties by name, the terms, the learning
 * objectives, the model's clauses, and the three confirmations of the current version with their times
 * (Vietnam time). Shows what {@link AgreementResponse} shows the same reader: the State sees no person's name.
 */
final class AgreementPdf {
    public static final String MEDIA_TYPE = "application/pdf";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String HIDDEN = "(không hiển thị / not shown)";
    private static final String NOT_NAMED = "(chưa chỉ định / not named yet)";

    private AgreementPdf() {}

    static byte[] render(AgreementView view) {
        AgreementDetails a = view.agreement();
        try (PdfLayout pdf = new PdfLayout("Thỏa thuận học từ làm việc thực tế " + a.placementId())) {
            pdf.heading("THỎA THUẬN HỌC TỪ LÀM VIỆC THỰC TẾ");
            pdf.line("Learning from practical work: placement agreement");
            pdf.small("Vị trí / Placement " + a.placementId() + " · Phiên bản / Version " + a.version()
                    + " · Trạng thái / Status " + view.access().placement().status());
            CooperationAgreementTerms model = view.model();
            pdf.small("Mô hình hợp tác / Cooperation model: " + model.nameVi() + " / " + model.nameEn() + " ("
                    + model.code() + ", v" + model.version() + ")");
            parties(pdf, view);
            terms(pdf, a.content());
            objectives(pdf, view);
            clauses(pdf, model);
            confirmations(pdf, a.version(), a.confirmations());
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void parties(PdfLayout pdf, AgreementView view) {
        boolean people = view.showsPeople();
        AgreementContent c = view.agreement().content();
        pdf.heading("Các bên / Parties");
        pdf.strong("Người học / Learner: " + (people ? view.parties().learnerName() : HIDDEN));
        pdf.strong("Nhà trường / School: "
                + orId(view.parties().schoolName(), view.access().placement().schoolId()));
        pdf.line("Giảng viên hướng dẫn / Supervisor: " + person(c.supervisor(), people));
        pdf.strong("Doanh nghiệp / Business: "
                + orId(view.parties().businessName(), view.access().placement().businessId()));
        pdf.line("Người hướng dẫn / Mentor: " + person(c.mentor(), people));
    }

    private static void terms(PdfLayout pdf, AgreementContent c) {
        pdf.heading("Điều khoản / Terms");
        pdf.line("Thời gian / Period: " + c.startDate() + " → " + c.endDate());
        pdf.line("Số giờ mỗi tuần / Hours a week: " + c.weeklyHours() + " · Tổng số giờ / Hours in all: "
                + c.totalHours());
        String place = c.workMode() == WorkMode.REMOTE ? "" : ", " + c.provinceCode();
        pdf.line("Hình thức / Work mode: " + mode(c.workMode()) + place);
    }

    private static void objectives(PdfLayout pdf, AgreementView view) {
        pdf.heading("Mục tiêu học tập / Learning objectives");
        for (AgreementView.Objective o : view.objectives()) {
            String code = o.humanCodingScheme() == null ? o.itemId().toString() : o.humanCodingScheme();
            String source = o.source() == AgreementView.ObjectiveSource.OFFER
                    ? "theo vị trí / from the offer"
                    : "nhà trường bổ sung / added by the school";
            pdf.line("• " + code + (o.statement() == null ? "" : " — " + o.statement()) + " (" + source + ")");
        }
    }

    private static void clauses(PdfLayout pdf, CooperationAgreementTerms model) {
        pdf.heading("Điều khoản bắt buộc / Required clauses");
        int number = 1;
        for (CooperationAgreementTerms.Clause clause : model.clauses()) {
            pdf.strong(number++ + ". " + clause.textVi());
            pdf.small(clause.textEn());
            pdf.space(3);
        }
    }

    private static void confirmations(PdfLayout pdf, long version, Map<AgreementSlot, Confirmation> all) {
        pdf.heading("Xác nhận phiên bản " + version + " / Confirmations of version " + version);
        confirmation(pdf, "Người học / Learner", all.get(AgreementSlot.LEARNER));
        confirmation(pdf, "Nhà trường / School", all.get(AgreementSlot.SCHOOL));
        confirmation(pdf, "Doanh nghiệp / Business", all.get(AgreementSlot.BUSINESS));
    }

    private static void confirmation(PdfLayout pdf, String party, Confirmation c) {
        pdf.line(party + ": "
                + (c == null
                        ? "chờ xác nhận / awaiting"
                        : "đã xác nhận / confirmed " + TIME.format(c.at()) + " (giờ Việt Nam / Vietnam time)"));
    }

    private static String person(Person person, boolean people) {
        if (!people) {
            return HIDDEN;
        }
        return person == null ? NOT_NAMED : person.name();
    }

    private static String orId(String name, Object id) {
        return name == null ? id.toString() : name;
    }

    private static String mode(WorkMode mode) {
        return switch (mode) {
            case ONSITE -> "tại doanh nghiệp / onsite";
            case REMOTE -> "từ xa / remote";
            case HYBRID -> "kết hợp / hybrid";
        };
    }
}
