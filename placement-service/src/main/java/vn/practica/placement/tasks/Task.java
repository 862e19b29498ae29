package vn.practica.placement.tasks;

import java.util.UUID;

/**
 * One thing that needs the asker in one placement.
 *
 * @param count how many entries wait, for logbook tasks; 1 otherwise
 */
public record Task(TaskKind kind, UUID placementId, long count) {}
