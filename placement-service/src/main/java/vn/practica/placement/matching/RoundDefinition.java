package vn.practica.placement.matching;

import java.time.Instant;
import java.time.LocalDate;

/** What an organizer asks for when opening a round, checked by {@link OpenRoundRequest}. */
record RoundDefinition(
        String name,
        String term,
        LocalDate startsFrom,
        LocalDate startsUntil,
        String fieldCode,
        String provinceCode,
        Instant preferenceDeadline,
        int choiceCap) {}
