package vn.practica.placement.matching;

import java.time.LocalDate;
import java.util.UUID;

/** One offer of a round as students rank it: the offer, its business and its seats as they stand now. */
record RoundOffer(
        UUID offerId,
        UUID businessId,
        String title,
        String fieldCode,
        String provinceCode,
        int seats,
        int seatsTaken,
        LocalDate jobStartDate) {

    static RoundOffer of(Object[] row) {
        return new RoundOffer(
                (UUID) row[0],
                (UUID) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                ((Number) row[5]).intValue(),
                ((Number) row[6]).intValue(),
                LocalDate.parse((String) row[7]));
    }
}
