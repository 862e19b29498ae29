package vn.practica.placement.placement;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;

/** What the placement lists share: the page's schema and its mapping. */
final class PlacementLists {
    private PlacementLists() {}

    static CursorPage<PlacementResponse> responses(CursorPage<PlacementView> page) {
        return new CursorPage<>(page.items().stream().map(PlacementResponse::of).toList(), page.nextCursor());
    }

    /** The page's schema: {@link CursorPage} of placements, with the lists' bounds. */
    @Schema(name = "PlacementPage", description = "Placements, newest first, and where to read on")
    record PlacementPage(
            @Schema(maxItems = PlacementLimits.MAX_LIMIT) List<PlacementResponse> items,

            @Schema(maxLength = Cursors.MAX_LENGTH, description = "Send it as cursor to read the next page")
            String nextCursor) {}
}
