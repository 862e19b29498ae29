package vn.practica.placement.student;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.practica.platform.text.ControlCharacters;

/** Per-row checks of a registration batch; a failed check rejects that row only, naming the member. */
final class StudentRowRules {
    /** A plain address: local part and a dotted domain, no spaces, quotes or comments (RFC 5322 in practice). */
    static final String EMAIL_PATTERN = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9]"
            + "(?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";
    /** Digits with an optional leading +, spaces, dots, dashes or brackets: 0912 345 678, +84 912..., (024) 3869... */
    static final String PHONE_PATTERN = "^\\+?[0-9(][0-9 .()-]{4,18}[0-9]$";

    private static final Pattern EMAIL = Pattern.compile(EMAIL_PATTERN);
    private static final Pattern PHONE = Pattern.compile(PHONE_PATTERN);
    private static final Pattern FIELD_CODE = Pattern.compile(StudentLimits.FIELD_CODE_PATTERN);

    private StudentRowRules() {}

    static Optional<String> problem(StudentRecord r) {
        return first(
                () -> required("sourcedId", r.sourcedId(), StudentLimits.SOURCED_ID),
                () -> texts(r).anyMatch(ControlCharacters::in)
                        ? Optional.of("text " + ControlCharacters.MESSAGE)
                        : Optional.empty(),
                () -> required("programSourcedId", r.programSourcedId(), StudentLimits.SOURCED_ID),
                () -> yearProblem(r.yearOfStudy()),
                () -> required("givenName", r.givenName(), StudentLimits.NAME),
                () -> required("familyName", r.familyName(), StudentLimits.NAME),
                () -> emailProblem(r.email()),
                () -> phoneProblem(r.phone()),
                () -> r.loginSubject() == null
                        ? Optional.empty()
                        : required("loginSubject", r.loginSubject(), StudentLimits.LOGIN_SUBJECT),
                () -> interestsProblem(r.fieldInterests()));
    }

    @SafeVarargs
    private static Optional<String> first(java.util.function.Supplier<Optional<String>>... checks) {
        for (var check : checks) {
            Optional<String> problem = check.get();
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Stream<String> texts(StudentRecord r) {
        return Stream.concat(
                Stream.of(
                        r.sourcedId(),
                        r.programSourcedId(),
                        r.givenName(),
                        r.familyName(),
                        r.email(),
                        r.phone(),
                        r.loginSubject()),
                r.interests().stream());
    }

    private static Optional<String> required(String member, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            return Optional.of(member + " is required (at most " + max + " characters)");
        }
        return Optional.empty();
    }

    private static Optional<String> yearProblem(Integer year) {
        if (year == null || year < StudentLimits.MIN_YEAR || year > StudentLimits.MAX_YEAR) {
            return Optional.of(
                    "yearOfStudy is required, from " + StudentLimits.MIN_YEAR + " to " + StudentLimits.MAX_YEAR);
        }
        return Optional.empty();
    }

    private static Optional<String> emailProblem(String email) {
        if (email == null
                || email.length() > StudentLimits.EMAIL
                || !EMAIL.matcher(email.strip()).matches()) {
            return Optional.of("email is required: an address such as ten@truong.edu.vn (at most " + StudentLimits.EMAIL
                    + " characters)");
        }
        return Optional.empty();
    }

    private static Optional<String> phoneProblem(String phone) {
        if (phone != null
                && (phone.length() > StudentLimits.PHONE
                        || !PHONE.matcher(phone.strip()).matches())) {
            return Optional.of(
                    "phone must be a number such as +84 912 345 678 (at most " + StudentLimits.PHONE + " characters)");
        }
        return Optional.empty();
    }

    private static Optional<String> interestsProblem(List<String> codes) {
        if (codes == null) {
            return Optional.empty();
        }
        if (codes.size() > StudentLimits.MAX_INTERESTS) {
            return Optional.of("fieldInterests: at most " + StudentLimits.MAX_INTERESTS + " field codes");
        }
        if (codes.stream().anyMatch(Objects::isNull)) {
            return Optional.of("fieldInterests must not contain null");
        }
        return codes.stream()
                .filter(code -> !FIELD_CODE.matcher(code).matches())
                .findFirst()
                .map(code -> "fieldInterests: " + StudentLimits.FIELD_CODE_MESSAGE);
    }
}
