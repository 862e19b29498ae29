package vn.practica.catalog.service.oneroster;

import java.util.List;
import vn.practica.catalog.domain.SyncResult;

/** Outcome of one bundle: the sync's per-row results, lines that never became rows, files not used. */
public record OneRosterImport(List<SyncResult> results, List<LineError> lineErrors, List<String> ignoredFiles) {}
