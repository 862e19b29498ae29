package vn.practica.placement.offer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.placement.reference.CooperationTerms;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem.FieldError;
import vn.practica.reference.competency.CompetencyProjection;

/**
 * Checks an offer against what catalog announced: an active field, known competency items, and a cooperation
 * model that covers the kind of contribution and the hours. New content takes the model's current version,
 * which must be active; an offer that keeps its model keeps the version it was made under.
 */
@ApplicationScoped
class OfferChecks {
    private final ReferenceDataService referenceData;
    private final CompetencyProjection competencies;

    OfferChecks(ReferenceDataService referenceData, CompetencyProjection competencies) {
        this.referenceData = referenceData;
        this.competencies = competencies;
    }

    /** The reference data the given contents name, read once for a whole batch. */
    References references(Collection<OfferContent> contents) {
        Set<UUID> items =
                contents.stream().flatMap(c -> c.competencyItemIds().stream()).collect(Collectors.toSet());
        return new References(referenceData.activeFieldCodes(), competencies.knownItemIds(items));
    }

    /**
     * What keeps the offer from opening on {@code today}: past dates, a field or cooperation model retired
     * since it was drafted. Members are named as in the offer ({@code validThrough}).
     */
    List<FieldError> openingProblems(Offer offer, LocalDate today) {
        OfferContent content = offer.content();
        List<FieldError> problems = new ArrayList<>(OfferRules.openingProblems(content, today));
        if (!referenceData.activeFieldCodes().contains(content.fieldCode())) {
            problems.add(new FieldError("fieldCode", "field " + content.fieldCode() + " is retired"));
        }
        boolean modelActive = referenceData
                .currentCooperationTerms(content.cooperationModelCode())
                .map(CooperationTerms::active)
                .orElse(false);
        if (!modelActive) {
            problems.add(new FieldError(
                    "cooperationModelCode",
                    "cooperation model " + content.cooperationModelCode() + " is retired: it takes no new work"));
        }
        return problems;
    }

    /** Reference data of one upsert call; cooperation models are looked up once per code. */
    final class References {
        private final Set<String> activeFields;
        private final Set<UUID> knownItems;
        private final Map<String, Optional<CooperationTerms>> currentTerms = new HashMap<>();

        private References(Set<String> activeFields, Set<UUID> knownItems) {
            this.activeFields = activeFields;
            this.knownItems = knownItems;
        }

        /**
         * The version of the cooperation model the content is made under, once every rule holds; else a
         * DomainException naming each member in trouble after {@code prefix} ({@code body.fieldCode}).
         */
        long modelVersion(Offer existing, OfferContent content, String prefix) {
            List<FieldError> problems = new ArrayList<>(OfferRules.contentProblems(content));
            if (!activeFields.contains(content.fieldCode())) {
                problems.add(new FieldError("fieldCode", "unknown or retired field " + content.fieldCode()));
            }
            content.competencyItemIds().stream()
                    .filter(id -> !knownItems.contains(id))
                    .forEach(id -> problems.add(new FieldError("competencyItemIds", "unknown competency item " + id)));
            Optional<CooperationTerms> terms = terms(existing, content, problems);
            if (!problems.isEmpty()) {
                throw DomainException.invalid(problems.stream()
                        .map(p -> new FieldError(prefix + p.field(), p.message()))
                        .toList());
            }
            return terms.orElseThrow().version();
        }

        private Optional<CooperationTerms> terms(Offer existing, OfferContent content, List<FieldError> problems) {
            String code = content.cooperationModelCode();
            boolean keeps = existing != null
                    && existing.content().cooperationModelCode().equals(code);
            Optional<CooperationTerms> terms = keeps
                    ? referenceData.cooperationTerms(code, existing.cooperationModelVersion())
                    : currentTerms.computeIfAbsent(code, referenceData::currentCooperationTerms);
            if (terms.isEmpty()) {
                problems.add(new FieldError("cooperationModelCode", "unknown cooperation model " + code));
            } else if (!keeps && !terms.get().active()) {
                problems.add(new FieldError(
                        "cooperationModelCode", "cooperation model " + code + " is retired: it takes no new work"));
            } else {
                modelProblems(terms.get(), content, problems);
            }
            return terms;
        }

        private void modelProblems(CooperationTerms terms, OfferContent content, List<FieldError> problems) {
            String model = "cooperation model " + terms.code() + " (version " + terms.version() + ")";
            if (!terms.allows(content.contributionKind().name())) {
                problems.add(new FieldError(
                        "contributionKind",
                        model + " covers " + String.join(", ", terms.contributionKinds()) + ", not "
                                + content.contributionKind()));
            }
            if (!terms.hoursWithin(content.expectedHours())) {
                problems.add(new FieldError(
                        "expectedHours",
                        "must be between " + terms.minHours() + " and " + terms.maxHours() + " under " + model));
            }
        }
    }
}
