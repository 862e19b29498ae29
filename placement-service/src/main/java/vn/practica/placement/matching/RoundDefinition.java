package vn.practica.placement.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an organizer asks for when opening a round, checked by {@link OpenRoundRequest}. */
record RoundDefinition(
        String name,
        String term,
        LocalDate startsFrom,
        LocalDate startsUntil,
        String fieldCode,
        String provinceCode,
        Instant preferenceDeadline,
        int choiceCap,
        List<UUID> partnerSchools) {}
