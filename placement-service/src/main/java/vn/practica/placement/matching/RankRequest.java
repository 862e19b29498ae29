package vn.practica.placement.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.id.Uuids;

/** Body of {@code PUT .../preferences/me}: the offers you want, most wanted first; an empty list withdraws. */
@Schema(name = "RankRequest")
public record RankRequest(
        @Schema(description = "Offer ids of the round, most wanted first, at most the round's choiceCap")
        @NotNull
        @Size(max = RoundLimits.MAX_CHOICE_CAP)
        List<@NotNull @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String> offerIds) {

    List<UUID> ids() {
        return offerIds.stream().map(UUID::fromString).toList();
    }
}
