package vn.practica.placement.placement;

import java.util.Optional;

/**
 * Who reads a placement, which decides what they see: its parties (the student, the school, the business) read
 * why it ended; the school also its student's own id, the business the student's contact; the State reads it
 * without any of these.
 */
public enum PlacementAudience {
    STUDENT(PlacementParty.STUDENT),
    SCHOOL(PlacementParty.SCHOOL),
    BUSINESS(PlacementParty.BUSINESS),
    STATE(null);

    private final PlacementParty party;

    PlacementAudience(PlacementParty party) {
        this.party = party;
    }

    /** The party this reader is, if any: only parties withdraw a placement. */
    public Optional<PlacementParty> party() {
        return Optional.ofNullable(party);
    }
}
