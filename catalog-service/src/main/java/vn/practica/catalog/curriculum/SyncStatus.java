package vn.practica.catalog.curriculum;

/** OneRoster record status: {@code tobedeleted} rows stay visible to delta readers as deletions. */
public enum SyncStatus {
    active,
    tobedeleted
}
