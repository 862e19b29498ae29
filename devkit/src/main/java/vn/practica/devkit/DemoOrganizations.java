package vn.practica.devkit;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The demo partners of a local run, one per house, with fixed ids documented in the README ("First steps"), so
 * the printed tokens fit the data: a token's {@code org} is its organization's directory id.
 */
public final class DemoOrganizations {
    /**
     * The State: the ministry that launched the programme, the {@code org} of the State's tokens. Not seeded:
     * catalog-service gives an organization the State registers an id of its own (only schools and businesses
     * register themselves, under their token's {@code org}), so the ministry would sit in the directory under
     * another id than its tokens carry.
     */
    public static final DemoOrganization AGENCY = new DemoOrganization(
            UUID.fromString("00000000-0000-4000-8000-00000000a001"),
            "state",
            "officer-most",
            "AGENCY",
            "MOST",
            "Bộ Khoa học và Công nghệ",
            "Bộ KH&CN",
            "HN",
            "113 Trần Duy Hưng, Hà Nội",
            "https://mst.gov.vn",
            "lienhe.most@example.org",
            List.of());

    /** A school: Hanoi University of Science and Technology, ministry institution code BKA. */
    public static final DemoOrganization SCHOOL = new DemoOrganization(
            UUID.fromString("00000000-0000-4000-8000-00000000b001"),
            "school",
            "staff-hust",
            "SCHOOL",
            "BKA",
            "Đại học Bách khoa Hà Nội",
            "HUST",
            "HN",
            "Số 1 Đại Cồ Việt, Hà Nội",
            "https://hust.edu.vn",
            "tuyensinh.hust@example.org",
            List.of("IT", "DIGITAL_DATA"));

    /**
     * A business, fictional: a Hai Phong port operator. Tax code 0201234569: 02 is Hai Phong's prefix and 9 the
     * check digit of the first nine (see DemoOrganizationsTest).
     */
    public static final DemoOrganization BUSINESS = new DemoOrganization(
            UUID.fromString("00000000-0000-4000-8000-00000000c001"),
            "business",
            "hr-cangso",
            "BUSINESS",
            "0201234569",
            "Công ty Cổ phần Cảng số Hải Phòng",
            "Cảng số Hải Phòng",
            "HP",
            "Đường Lê Thánh Tông, Hải Phòng",
            "https://cangso.example.org",
            "tuyendung.cangso@example.org",
            List.of("PORT_OPS", "DIGITAL_DATA"));

    /** Students carry their school's id; this one studies at the demo school. */
    public static final String STUDENT_USER = "student-hust-0001";

    private DemoOrganizations() {}

    /** The demo organizations, one per house. */
    public static List<DemoOrganization> all() {
        return List.of(AGENCY, SCHOOL, BUSINESS);
    }

    /** The ones registered in the directory, in that order: each registers itself, then the State verifies it. */
    public static List<DemoOrganization> seeded() {
        return List.of(SCHOOL, BUSINESS);
    }

    /** A token for a typical user of {@code org}, carrying its role and its id. */
    public static String tokenFor(DemoOrganization org, DevTokens tokens, Duration lifetime) {
        return tokens.mint(org.user(), org.role(), org.id().toString(), lifetime);
    }

    public static String studentToken(DevTokens tokens, Duration lifetime) {
        return tokens.mint(STUDENT_USER, "student", SCHOOL.id().toString(), lifetime);
    }
}
