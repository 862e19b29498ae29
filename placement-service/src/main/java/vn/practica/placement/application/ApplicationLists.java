package vn.practica.placement.application;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;

/** What the application lists share: the page's schema and its mapping. */
final class ApplicationLists {
    static final String STATUSES =
            "SUBMITTED|SHORTLISTED|OFFERED|ACCEPTED|DECLINED|REJECTED|WITHDRAWN|EXPIRED|CANCELLED";

    private ApplicationLists() {}

    static CursorPage<ApplicationResponse> responses(CursorPage<ApplicationView> page) {
        return new CursorPage<>(
                page.items().stream().map(ApplicationResponse::of).toList(), page.nextCursor());
    }

    /** The page's schema: {@link CursorPage} of applications, with the lists' bounds. */
    @Schema(name = "ApplicationPage", description = "Applications, newest first, and where to read on")
    record ApplicationPage(
            @Schema(maxItems = ApplicationLimits.MAX_LIMIT) List<ApplicationResponse> items,

            @Schema(maxLength = Cursors.MAX_LENGTH, description = "Send it as cursor to read the next page")
            String nextCursor) {}
}
