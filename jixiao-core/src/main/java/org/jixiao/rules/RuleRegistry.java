package org.jixiao.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The rule registry: {@code rules/<year>/ruleset.yaml} (the version) and {@code rules/<year>/*.yaml} (the
 * rules) from the class path, read strictly. A year without its own folder uses the latest earlier one
 * (docs/rules.md). Kinds and their parameters are checked when a {@link RuleEngine} is built.
 */
public final class RuleRegistry {

    private static final Set<String> FIELDS = Set.of("id", "severity", "category", "kind", "params", "message", "formula");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final NavigableMap<Integer, RuleSet> byYear;

    private RuleRegistry(NavigableMap<Integer, RuleSet> byYear) {
        this.byYear = byYear;
    }

    /** Loads the rules shipped on the class path. */
    public static RuleRegistry bundled() {
        return load(RuleRegistry.class.getClassLoader(), "rules");
    }

    /** Loads every {@code <root>/<year>/} folder found on the class path of {@code loader}. */
    public static RuleRegistry load(ClassLoader loader, String root) {
        Map<Integer, Map<String, String>> files = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(root);
            while (roots.hasMoreElements()) collect(roots.nextElement(), root, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) throw new RuleRegistryException(root, null, "no rule folders found on the class path");
        NavigableMap<Integer, RuleSet> byYear = new TreeMap<>();
        for (var year : files.entrySet()) byYear.put(year.getKey(), parseYear(root, year.getKey(), year.getValue()));
        return new RuleRegistry(byYear);
    }

    /** Builds a registry from YAML texts keyed by file name, for tests; {@code ruleset.yaml} gives the version. */
    public static RuleRegistry of(int year, Map<String, String> yamlByFile) {
        NavigableMap<Integer, RuleSet> byYear = new TreeMap<>();
        byYear.put(year, parseYear("rules", year, new TreeMap<>(yamlByFile)));
        return new RuleRegistry(byYear);
    }

    /** The rule set serving {@code year}: its own folder, else the latest earlier one (else the earliest). */
    public RuleSet forYear(int year) {
        Integer key = byYear.floorKey(year);
        return byYear.get(key == null ? byYear.firstKey() : key);
    }

    public List<RuleSet> ruleSets() {
        return List.copyOf(byYear.values());
    }

    private static RuleSet parseYear(String root, int year, Map<String, String> files) {
        String folder = root + "/" + year + "/";
        String version = null;
        List<RuleDefinition> rules = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (var file : new TreeMap<>(files).entrySet()) {
            String name = folder + file.getKey();
            JsonNode tree = parse(name, file.getValue());
            if (file.getKey().equals("ruleset.yaml")) {
                if (tree == null || !tree.isObject() || !tree.path("version").isTextual()) {
                    throw new RuleRegistryException(name, null, "ruleset.yaml must give version: \"<year>.<n>\"");
                }
                version = tree.get("version").asText();
                continue;
            }
            if (tree == null || tree.isNull()) continue;
            if (!tree.isArray()) throw new RuleRegistryException(name, null, "a rule file is a list of rules");
            for (JsonNode entry : tree) {
                RuleDefinition rule = parseRule(name, entry);
                String previous = seen.putIfAbsent(rule.id(), name);
                if (previous != null) throw new RuleRegistryException(name, rule.id(), "duplicate id (also in " + previous + ")");
                rules.add(rule);
            }
        }
        if (version == null) throw new RuleRegistryException(folder + "ruleset.yaml", null, "missing (it gives the rule set's version)");
        return new RuleSet(year, version, rules);
    }

    private static RuleDefinition parseRule(String file, JsonNode entry) {
        if (!entry.isObject()) throw new RuleRegistryException(file, null, "a rule is a mapping, got: " + entry);
        String id = text(entry, "id");
        if (id == null || id.isBlank()) throw new RuleRegistryException(file, null, "a rule without id");
        for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) throw new RuleRegistryException(file, id, "unknown field " + field);
        }
        String severityText = require(file, id, entry, "severity");
        Severity severity;
        try {
            severity = Severity.valueOf(severityText);
        } catch (IllegalArgumentException e) {
            throw new RuleRegistryException(file, id, "unknown severity " + severityText + " (ERROR, WARNING or INFO)");
        }
        String category = require(file, id, entry, "category");
        String kind = require(file, id, entry, "kind");
        String message = require(file, id, entry, "message");
        String formula = require(file, id, entry, "formula");
        Map<String, Object> params = new LinkedHashMap<>();
        JsonNode p = entry.get("params");
        if (p != null && !p.isNull()) {
            if (!p.isObject()) throw new RuleRegistryException(file, id, "params must be a mapping");
            for (var it = p.fields(); it.hasNext(); ) {
                var field = it.next();
                params.put(field.getKey(), paramValue(file, id, field.getKey(), field.getValue()));
            }
        }
        return new RuleDefinition(id, severity, category, kind, new RuleParameters(params), new MessageTemplate(message), formula, file);
    }

    private static Object paramValue(String file, String id, String name, JsonNode value) {
        if (value.isValueNode()) return value.asText();
        if (value.isArray()) {
            List<String> list = new ArrayList<>();
            for (JsonNode v : value) {
                if (!v.isValueNode()) throw new RuleRegistryException(file, id, "parameter " + name + ": a list of plain values expected");
                list.add(v.asText());
            }
            return List.copyOf(list);
        }
        throw new RuleRegistryException(file, id, "parameter " + name + ": a value or a list of values expected");
    }

    private static String require(String file, String id, JsonNode entry, String field) {
        String value = text(entry, field);
        if (value == null || value.isBlank()) throw new RuleRegistryException(file, id, "missing " + field);
        return value;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode v = entry.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static JsonNode parse(String name, String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new RuleRegistryException(name, null, "not valid YAML: " + e.getMessage());
        }
    }

    private static void collect(URL url, String root, Map<Integer, Map<String, String>> files) throws IOException {
        if (url.getProtocol().equals("file")) {
            Path dir;
            try {
                dir = Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            try (Stream<Path> years = Files.list(dir)) {
                for (Path yearDir : years.filter(Files::isDirectory).toList()) {
                    Integer year = year(yearDir.getFileName().toString());
                    if (year == null) continue;
                    try (Stream<Path> yamls = Files.list(yearDir)) {
                        for (Path f : yamls.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                            add(files, year, f.getFileName().toString(), Files.readString(f), root);
                        }
                    }
                }
            }
        } else if (url.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry e : jar.stream().toList()) {
                    String[] parts = e.getName().split("/");
                    if (parts.length != 3 || !parts[0].equals(root) || !parts[2].endsWith(".yaml")) continue;
                    Integer year = year(parts[1]);
                    if (year == null) continue;
                    try (InputStream in = jar.getInputStream(e)) {
                        add(files, year, parts[2], new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), root);
                    }
                }
            }
        }
    }

    private static void add(Map<Integer, Map<String, String>> files, int year, String name, String text, String root) {
        String previous = files.computeIfAbsent(year, y -> new TreeMap<>()).putIfAbsent(name, text);
        if (previous != null && !previous.equals(text)) {
            throw new RuleRegistryException(root + "/" + year + "/" + name, null, "found twice on the class path with different contents");
        }
    }

    private static Integer year(String name) {
        return name.matches("\\d{4}") ? Integer.valueOf(name) : null;
    }

    /** The ids of every rule in every year, for coverage checks. */
    public Set<String> allRuleIds() {
        Set<String> ids = new TreeSet<>();
        byYear.values().forEach(s -> s.rules().forEach(r -> ids.add(r.id())));
        return ids;
    }
}
