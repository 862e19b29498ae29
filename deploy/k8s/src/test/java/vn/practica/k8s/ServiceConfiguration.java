package vn.practica.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What a service reads: its application.properties, its @ConfigMapping prefixes, and the README's table. */
final class ServiceConfiguration {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([a-z.-]+)\"\\)");
    private static final Pattern README_ROW =
            Pattern.compile("^\\| (`[A-Z_]+`(?: / `_[A-Z_]+`)*) \\|[^|]*\\| (.*) \\|$");
    private static final Pattern VARIABLE = Pattern.compile("`(_?[A-Z0-9_]+)`");
    /** Modules whose code runs inside every service. */
    private static final List<String> SHARED_MODULES = List.of("platform", "catalog-reference");

    private ServiceConfiguration() {}

    /** The environment variable MicroProfile Config looks up for a property: non-alphanumerics to _, upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    static Properties properties(String service) {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(
                ManifestFiles.ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Variables named by the service's application.properties: its keys' names and the ${VAR} it refers to. */
    static Set<String> propertyVariables(String service) {
        Set<String> variables = new TreeSet<>();
        Properties properties = properties(service);
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                variables.add(envName(key));
            }
            Matcher m = REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                variables.add(m.group(1));
            }
        }
        return variables;
    }

    /** Environment-name prefixes (PRACTICA_OUTBOX_) of the @ConfigMapping interfaces in the service's code. */
    static Set<String> mappingPrefixes(String service) {
        Set<String> prefixes = new TreeSet<>();
        for (String module :
                Stream.concat(SHARED_MODULES.stream(), Stream.of(service)).toList()) {
            try (Stream<Path> files =
                    Files.walk(ManifestFiles.ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = MAPPING.matcher(Files.readString(file));
                    while (m.find()) {
                        prefixes.add(envName(m.group(1)) + "_");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return prefixes;
    }

    /**
     * The README's configuration table: each variable with the service it is limited to ("catalog: ..." in its
     * meaning), or null when every service reads it. "`A_B_LIMIT` / `_PERIOD`" stands for A_B_LIMIT and A_B_PERIOD.
     */
    static Map<String, String> readmeTable() {
        Map<String, String> table = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(ManifestFiles.ROOT.resolve("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = lines.indexOf("## Configuration");
        for (String line : lines.subList(start, lines.size())) {
            if (line.startsWith("## ") && !line.equals("## Configuration")) {
                break;
            }
            Matcher row = README_ROW.matcher(line);
            if (!row.matches()) {
                continue;
            }
            String onlyFor = onlyFor(row.group(2));
            Matcher variable = VARIABLE.matcher(row.group(1));
            String first = null;
            while (variable.find()) {
                String name = variable.group(1);
                if (first == null) {
                    first = name;
                    table.put(name, onlyFor);
                } else {
                    table.put(first.substring(0, first.lastIndexOf('_')) + name, onlyFor);
                }
            }
        }
        return table;
    }

    private static String onlyFor(String meaning) {
        Map<String, String> services = new HashMap<>();
        for (String service : ManifestFiles.SERVICES) {
            services.put(service.substring(0, service.indexOf('-')) + ":", service);
        }
        return services.entrySet().stream()
                .filter(e -> meaning.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
