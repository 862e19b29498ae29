package vn.practica.catalog.curriculum.oneroster;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The files read from a bundle zip: the text of the ones we use, and the names of all the others. */
public record BundleEntries(Map<String, String> texts, List<String> otherNames) {

    public Optional<String> text(String fileName) {
        return Optional.ofNullable(texts.get(fileName));
    }
}
