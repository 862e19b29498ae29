package vn.practica.catalog.curriculum.oneroster;

/** How the manifest says a file is processed: the complete set, changes only, or not sent. */
public enum FileMode {
    bulk,
    delta,
    absent
}
