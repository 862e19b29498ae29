package vn.practica.reporting.facts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one placement event changes in reporting's facts: the aggregate as the event carries it, the event's time
 * ({@code ce_time}) and the aggregate's version. Built and checked before any transaction opens, so applying one
 * never fails on its data.
 */
public sealed interface FactChange {
    /** The aggregate's id (offer, application, placement or student). */
    UUID id();

    long version();

    /** An offer as published, updated, closed or cancelled at {@code at}. */
    record OfferChange(UUID id, UUID businessId, Dimensions terms, int seats, String status, Instant at, long version)
            implements FactChange {}

    /** An application after a move at {@code at}; {@code withdrawn} when that move was the applicant's withdrawal. */
    record ApplicationChange(
            UUID id,
            UUID offerId,
            UUID businessId,
            UUID schoolId,
            String applicantKind,
            UUID studentId,
            Dimensions terms,
            String status,
            boolean withdrawn,
            Instant at,
            long version)
            implements FactChange {}

    /** A placement after a change at {@code at}; {@code ended} when it was withdrawn or terminated then. */
    record PlacementChange(
            UUID id,
            UUID applicationId,
            UUID offerId,
            UUID businessId,
            UUID schoolId,
            String applicantKind,
            UUID studentId,
            Dimensions terms,
            String status,
            String endedBy,
            boolean ended,
            Instant at,
            long version)
            implements FactChange {}

    /** A student as registered or updated at {@code at}. */
    record StudentChange(
            UUID id,
            UUID schoolId,
            String programSourcedId,
            int yearOfStudy,
            List<String> fieldInterests,
            Instant at,
            long version)
            implements FactChange {}

    /** The offer's terms the KPIs count by; {@code provinceCode} is null for remote work. */
    record Dimensions(
            String fieldCode,
            String provinceCode,
            String workMode,
            String contributionKind,
            String cooperationModelCode) {}
}
