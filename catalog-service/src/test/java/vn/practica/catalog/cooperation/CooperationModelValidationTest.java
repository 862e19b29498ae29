package vn.practica.catalog.cooperation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.practica.catalog.cooperation.CooperationModels.PROBLEM;
import static vn.practica.catalog.cooperation.CooperationModels.PROBLEMS;
import static vn.practica.catalog.cooperation.CooperationModels.area;
import static vn.practica.catalog.cooperation.CooperationModels.clause;
import static vn.practica.catalog.cooperation.CooperationModels.create;
import static vn.practica.catalog.cooperation.CooperationModels.model;
import static vn.practica.catalog.cooperation.CooperationModels.newCode;
import static vn.practica.catalog.cooperation.CooperationModels.read;
import static vn.practica.catalog.cooperation.CooperationModels.revise;
import static vn.practica.catalog.cooperation.CooperationModels.terms;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.TestTokens;

/** Terms a cooperation model cannot have: a 400 naming each offending member, and nothing written. */
@QuarkusTest
class CooperationModelValidationTest {
    private static final String LONG_TEXT = "Điều khoản ".repeat(200) + "x";

    /** One bad body: how it spoils the valid one, and the member the problem must name. */
    private record Case(String label, Consumer<Map<String, Object>> spoil, String field) {}

    @SuppressWarnings("unchecked")
    private static Map<String, Object> clauseAt(Map<String, Object> body, int i) {
        return ((List<Map<String, Object>>) body.get("clauses")).get(i);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> areaAt(Map<String, Object> body, int i) {
        return ((List<Map<String, Object>>) body.get("evaluationAreas")).get(i);
    }

    private static final List<Case> CASES = List.of(
            new Case(
                    "unknown kind",
                    b -> b.put("contributionKinds", List.of("REAL_PROJECT", "MENTORING")),
                    "body.contributionKinds[1]"),
            new Case("no kind", b -> b.put("contributionKinds", List.of()), "body.contributionKinds"),
            new Case(
                    "a kind twice",
                    b -> b.put("contributionKinds", List.of("INTERNSHIP", "INTERNSHIP")),
                    "body.contributionKinds[1]"),
            new Case(
                    "null kind",
                    b -> b.put("contributionKinds", Arrays.asList("INTERNSHIP", null)),
                    "body.contributionKinds[1]"),
            new Case("min above max", b -> b.put("minHours", 200), "body.maxHours"),
            new Case("no hours", b -> b.put("minHours", 0), "body.minHours"),
            new Case(
                    "more hours than a year of work",
                    b -> b.put("maxHours", CooperationLimits.MAX_HOURS + 1),
                    "body.maxHours"),
            new Case("hours missing", b -> b.remove("maxHours"), "body.maxHours"),
            new Case("oversized clause text", b -> clauseAt(b, 0).put("textVi", LONG_TEXT), "body.clauses[0].textVi"),
            new Case("blank clause text", b -> clauseAt(b, 1).put("textEn", "  "), "body.clauses[1].textEn"),
            new Case(
                    "too many clauses",
                    b -> b.put(
                            "clauses",
                            IntStream.range(0, CooperationLimits.MAX_CLAUSES + 1)
                                    .mapToObj(i -> clause("clause-" + i))
                                    .toList()),
                    "body.clauses"),
            new Case("no clause", b -> b.put("clauses", List.of()), "body.clauses"),
            new Case("null clause", b -> b.put("clauses", Collections.singletonList(null)), "body.clauses[0]"),
            new Case(
                    "clause key not kebab case",
                    b -> clauseAt(b, 0).put("key", "Occupational Safety"),
                    "body.clauses[0].key"),
            new Case("clause key twice", b -> clauseAt(b, 1).put("key", "occupational-safety"), "body.clauses[1].key"),
            new Case(
                    "null area",
                    b -> b.put("evaluationAreas", Arrays.asList(area("TEAMWORK", 1), null)),
                    "body.evaluationAreas[1]"),
            new Case(
                    "area code twice",
                    b -> areaAt(b, 1).put("code", "PRACTICAL_SKILLS"),
                    "body.evaluationAreas[1].code"),
            new Case("zero weight", b -> areaAt(b, 0).put("weight", 0), "body.evaluationAreas[0].weight"),
            new Case("weight over 100", b -> areaAt(b, 0).put("weight", 101), "body.evaluationAreas[0].weight"),
            new Case(
                    "too many areas",
                    b -> b.put(
                            "evaluationAreas",
                            IntStream.range(0, CooperationLimits.MAX_AREAS + 1)
                                    .mapToObj(i -> area("AREA_" + i, null))
                                    .toList()),
                    "body.evaluationAreas"),
            new Case("bell in a name", b -> b.put("nameVi", "Thực tập\u0007"), "body.nameVi"),
            new Case(
                    "nul in a clause",
                    b -> clauseAt(b, 0).put("textEn", "Safety\u0000first"),
                    "body.clauses[0].textEn"),
            new Case("oversized description", b -> b.put("descriptionEn", LONG_TEXT), "body.descriptionEn"));

    @Test
    void aCreationWithBadTermsIsRefusedNamingTheMemberAndCreatesNothing() {
        for (Case bad : CASES) {
            String code = newCode();
            Map<String, Object> body = model(code);
            bad.spoil().accept(body);
            create(TestTokens.state(), body)
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo(PROBLEMS + "invalid-request"))
                    .body("errors.field", hasItem(bad.field()));
            read("/" + code).statusCode(404);
        }
    }

    @Test
    void aRevisionWithBadTermsIsRefusedNamingTheMemberAndMakesNoVersion() {
        String code = newCode();
        create(code);
        for (Case bad : CASES) {
            Map<String, Object> body = terms();
            bad.spoil().accept(body);
            revise(TestTokens.state(), code, "\"1\"", body)
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem(bad.field()));
        }
        read("/" + code).statusCode(200).body("version", equalTo(1));
    }

    @Test
    void aCodeThatCannotBeOneIsRefusedNamingIt() {
        for (String code : List.of("lower_case", "X", "1ST_MODEL", "A".repeat(33))) {
            create(TestTokens.state(), model(code))
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("body.code"));
        }
    }

    @Test
    void boundsAreInclusive() {
        Map<String, Object> body = model(newCode());
        body.put("minHours", CooperationLimits.MAX_HOURS);
        body.put("maxHours", CooperationLimits.MAX_HOURS);
        body.put(
                "clauses",
                new ArrayList<>(IntStream.range(0, CooperationLimits.MAX_CLAUSES)
                        .mapToObj(i -> clause("clause-" + i))
                        .toList()));
        clauseAt(body, 0).put("textVi", "đ".repeat(CooperationLimits.MAX_CLAUSE_TEXT));
        areaAt(body, 0).put("weight", CooperationLimits.MAX_WEIGHT);
        create(TestTokens.state(), body).statusCode(201).body("clauses.size()", equalTo(CooperationLimits.MAX_CLAUSES));
    }
}
