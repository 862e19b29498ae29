package vn.practica.events.placement;

/**
 * Data of every matching round event: the round as it stands after the change. A round names no student: its
 * result reaches consumers as one {@code placement.proposed} per match, and as the counts of {@link Summary}.
 *
 * @param roundId the round's id in placement-service; also the record key and {@code ce_subject}
 * @param name what the organizer calls it
 * @param term the term it fills, e.g. {@code 2027-S1}
 * @param organizerKind {@code STATE} (national) or {@code SCHOOL} (for that school's students)
 * @param organizerId the organizing school's id; null for the State
 * @param fieldCode the one field its offers are in; null for every field
 * @param provinceCode the one province its offers are in; null for every province
 * @param startsFrom the first day an offer of the round may start, ISO date
 * @param startsUntil the last day an offer of the round may start
 * @param preferenceDeadline when ranking ends, ISO instant
 * @param choiceCap most offers a student may rank
 * @param seed the lottery's seed, a signed 64-bit integer in decimal, published when the round opens so anyone can
 *     recompute every lottery number
 * @param status {@code OPEN}, {@code CLOSED} or {@code MATCHED}
 * @param offers how many offers the round holds
 * @param summary the run's counts; null until {@code round.matched}
 * @param version increasing per round, starting at 1
 */
public record RoundEventData(
        String roundId,
        String name,
        String term,
        String organizerKind,
        String organizerId,
        String fieldCode,
        String provinceCode,
        String startsFrom,
        String startsUntil,
        String preferenceDeadline,
        int choiceCap,
        String seed,
        String status,
        int offers,
        Summary summary,
        long version) {

    /**
     * What a run found.
     *
     * @param students students who ranked at least one offer
     * @param choices ranked choices over all of them
     * @param seats seats the round's offers had free when the run took them
     * @param matched students placed, each in one offer
     * @param algorithm the algorithm and its version, e.g. {@code deferred-acceptance/1}
     * @param fingerprint SHA-256 (hex) of the result: the verify endpoint recomputes it
     */
    public record Summary(int students, int choices, int seats, int matched, String algorithm, String fingerprint) {}
}
