package org.jixiao.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameters a registry entry gives its rule kind (strings, or lists of strings). */
public record RuleParameters(Map<String, Object> values) {

    public RuleParameters {
        // Lists are kept as immutable lists of strings, as list() reads them: every check of every report asks again.
        Map<String, Object> read = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((name, value) -> read.put(name, value instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : value));
        }
        values = Map.copyOf(read);
    }

    public Optional<String> text(String name) {
        Object value = values.get(name);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    public String required(String name) {
        return text(name).orElseThrow(() -> new IllegalStateException("parameter " + name + " missing"));
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object value = values.get(name);
        if (value == null) return List.of();
        if (value instanceof List<?> list) return (List<String>) list;
        return List.of(String.valueOf(value));
    }
}
