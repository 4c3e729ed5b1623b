package org.jixiao.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameters a registry entry gives its rule kind (strings, or lists of strings). */
public record RuleParameters(Map<String, Object> values) {

    public RuleParameters {
        values = values == null ? Map.of() : Map.copyOf(values);
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
        if (value instanceof List<?> list) return ((List<Object>) list).stream().map(String::valueOf).toList();
        return List.of(String.valueOf(value));
    }
}
