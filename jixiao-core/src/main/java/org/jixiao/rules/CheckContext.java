package org.jixiao.rules;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jixiao.codes.YearCodeLists;

/**
 * What a rule kind may consult besides the report: the year's code lists and the rule set's version. One
 * context serves one check run of one report, on one thread; it also remembers what several kinds derive from
 * the report (the narrative's passages and claims), so that each is computed once per run, not once per rule.
 */
public final class CheckContext {

    private final YearCodeLists codeLists;
    private final String ruleSetVersion;
    private final Map<Class<?>, Object> derived = new HashMap<>();
    private final Map<Class<?>, Map<Object, Object>> derivedPerPart = new HashMap<>();

    public CheckContext(YearCodeLists codeLists, String ruleSetVersion) {
        this.codeLists = codeLists;
        this.ruleSetVersion = ruleSetVersion;
    }

    public YearCodeLists codeLists() {
        return codeLists;
    }

    public String ruleSetVersion() {
        return ruleSetVersion;
    }

    /**
     * The value of the given type derived from this run's report: computed on first use, then remembered for
     * the rest of the run. Synchronised although a run stays on one thread, so that a context handed to another
     * thread stays safe.
     */
    public synchronized <T> T derived(Class<T> type, Supplier<T> compute) {
        Object value = derived.get(type);
        if (value == null) {
            value = Objects.requireNonNull(compute.get(), "derived value");
            derived.put(type, value);
        }
        return type.cast(value);
    }

    /**
     * The value of the given type derived from one part of this run's report (a table, a sheet): computed on first
     * use, then remembered for the rest of the run. Parts are told apart by identity, not by equality: two tables
     * with the same rows are still two tables, and comparing records field by field would cost more than it saves.
     */
    public synchronized <T> T derived(Class<T> type, Object part, Supplier<T> compute) {
        Map<Object, Object> values = derivedPerPart.computeIfAbsent(type, t -> new IdentityHashMap<>());
        Object value = values.get(part);
        if (value == null) {
            value = Objects.requireNonNull(compute.get(), "derived value");
            values.put(part, value);
        }
        return type.cast(value);
    }
}
