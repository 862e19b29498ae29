package vn.practica.placement.credential;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import vn.practica.placement.document.PdfLayout;

/**
 * The printable credential, in Vietnamese with English beside it: what the signed credential says (achievement,
 * issuer, results, evidence), the holder's name from the school's record, and a QR code of the public page that
 * answers with the signed credential and its verification while the holder shares it. The paper proves nothing by
 * itself: the signature does, and the page returns it.
 */
final class CredentialPdf {
    static final String MEDIA_TYPE = "application/pdf";
    private static final float QR_SIZE = 150;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private CredentialPdf() {}

    static byte[] render(PrintableCredential printable, String verificationUrl) {
        CredentialView c = printable.credential();
        JsonNode vc = payload(c);
        try (PdfLayout pdf = new PdfLayout("Chứng nhận / Credential " + c.id())) {
            pdf.heading("CHỨNG NHẬN HỌC TỪ LÀM VIỆC THỰC TẾ");
            pdf.line("Credential: learning from practical work (Open Badges 3.0, W3C Verifiable Credential)");
            pdf.small("Mã / Credential " + c.id() + " · Cấp ngày / Issued " + DAY.format(c.issuedAt())
                    + " (giờ Việt Nam / Vietnam time)");
            if (c.revokedAt() != null) {
                pdf.strong("ĐÃ THU HỒI / REVOKED by the school on " + DAY.format(c.revokedAt()));
            }
            achievement(pdf, vc.path("credentialSubject").path("achievement"));
            parties(pdf, printable.holderName(), vc);
            results(pdf, vc.path("credentialSubject"));
            verification(pdf, verificationUrl, c.shared());
            return pdf.toBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void achievement(PdfLayout pdf, JsonNode achievement) {
        pdf.heading("Thành tích / Achievement");
        pdf.strong(achievement.path("name").asText());
        pdf.line("Ngành / Field: " + achievement.path("fieldOfStudy").asText() + " ("
                + achievement.path("humanCode").asText() + ")");
        pdf.small(achievement.path("description").asText());
        pdf.small(achievement.path("criteria").path("narrative").asText());
    }

    private static void parties(PdfLayout pdf, String holderName, JsonNode vc) {
        pdf.heading("Người học và nhà trường / Learner and school");
        pdf.strong("Người học / Learner: " + (holderName == null ? "—" : holderName));
        pdf.small("Tên lấy từ hồ sơ của nhà trường; chứng nhận đã ký nhận diện người học bằng mã băm e-mail có muối."
                + " / The name is from the school's record; the signed credential identifies the learner by a salted"
                + " hash of their e-mail, which the learner can prove by telling the verifier the address.");
        pdf.strong(
                "Nhà trường cấp / Issued by: " + vc.path("issuer").path("name").asText());
        pdf.small(vc.path("issuer").path("id").asText());
        for (JsonNode evidence : vc.path("evidence")) {
            pdf.line("Minh chứng / Evidence: " + evidence.path("narrative").asText());
        }
    }

    private static void results(PdfLayout pdf, JsonNode subject) {
        pdf.heading("Kết quả / Results");
        Map<String, String> names = new HashMap<>();
        for (JsonNode d : subject.path("achievement").path("resultDescription")) {
            names.put(d.path("id").asText(), d.path("name").asText());
        }
        for (JsonNode result : subject.path("result")) {
            String id = result.path("resultDescription").asText();
            pdf.line("• " + names.getOrDefault(id, id) + ": "
                    + result.path("value").asText());
        }
    }

    private static void verification(PdfLayout pdf, String url, boolean shared) {
        pdf.heading("Kiểm tra / Verify");
        pdf.line("Quét mã QR hoặc mở địa chỉ dưới đây để nhận chứng nhận đã ký và kết quả kiểm tra chữ ký, khóa của"
                + " nhà trường và tình trạng thu hồi. / Scan the QR code or open the address below for the signed"
                + " credential and the check of its signature, the school's key and its revocation status.");
        pdf.small(url);
        pdf.space(4);
        pdf.qrCode(url, QR_SIZE);
        pdf.small((shared ? "Hiện đang chia sẻ / Shared now. " : "Hiện chưa chia sẻ / Not shared now. ")
                + "Địa chỉ chỉ trả lời khi người học chia sẻ chứng nhận này. / The address answers only while the"
                + " learner shares this credential.");
        pdf.small("Bản in tự nó không chứng minh điều gì: bằng chứng là chứng nhận đã ký. / This print proves"
                + " nothing by itself: the proof is the signed credential.");
    }

    private static JsonNode payload(CredentialView c) {
        try {
            return JSON.readTree(c.credentialJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored credential " + c.id() + " is not JSON", e);
        }
    }
}
