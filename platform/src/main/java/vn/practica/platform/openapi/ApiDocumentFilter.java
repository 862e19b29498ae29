package vn.practica.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Completes every service's OpenAPI document with what the platform does for every endpoint: problem answers,
 * rate-limit headers, the bearer token scheme, the headers it reads, the bounds of formatted strings. Runs at
 * build time, so the document the build stores (and api-lint checks) is the one {@code /q/openapi} serves.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        ProblemSchema.addTo(components);
        RateLimitHeaders.addTo(components);
        BearerTokenScheme.describe(components);
        if (openAPI.getPaths() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    StandardResponses.complete(operation, isSecured(openAPI, operation));
                    PlatformHeaders.describe(operation);
                }
            }
        }
        FormatBounds.apply(openAPI);
    }

    /** An operation that needs a token: its own security requirement, or the document's when it has none. */
    private static boolean isSecured(OpenAPI openAPI, Operation operation) {
        var requirements = operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
        return requirements != null
                && requirements.stream()
                        .anyMatch(r -> r.getSchemes() != null
                                && !r.getSchemes().isEmpty()
                                && !r.getSchemes().equals(Map.of()));
    }
}
