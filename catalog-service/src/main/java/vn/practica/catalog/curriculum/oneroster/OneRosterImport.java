package vn.practica.catalog.curriculum.oneroster;

import java.util.List;
import vn.practica.catalog.curriculum.SyncResult;

/** Outcome of one bundle: the sync's per-row results, lines that never became rows, files not used. */
public record OneRosterImport(List<SyncResult> results, List<LineError> lineErrors, List<String> ignoredFiles) {}
