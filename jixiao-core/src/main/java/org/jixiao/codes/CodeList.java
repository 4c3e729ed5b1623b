package org.jixiao.codes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One scheme's codes for one fiscal year, with the source the file names. */
public final class CodeList {

    private final Scheme scheme;
    private final int year;
    private final String source;
    private final Map<String, CodeEntry> entries;
    private final Map<String, List<CodeEntry>> children;

    CodeList(Scheme scheme, int year, String source, List<CodeEntry> entries) {
        this.scheme = scheme;
        this.year = year;
        this.source = source;
        Map<String, CodeEntry> map = new LinkedHashMap<>();
        for (CodeEntry e : entries) map.put(e.code(), e);
        this.entries = Collections.unmodifiableMap(map);
        Map<String, List<CodeEntry>> byParent = new HashMap<>();
        for (CodeEntry e : map.values()) {
            if (e.parent() != null) byParent.computeIfAbsent(e.parent(), p -> new ArrayList<>()).add(e);
        }
        byParent.replaceAll((parent, list) -> List.copyOf(list));
        this.children = Map.copyOf(byParent);
    }

    /**
     * A list built from stored entries (the server's database). The entries are taken as given: their levels,
     * parents and order are the caller's to keep right.
     */
    public static CodeList of(Scheme scheme, int year, String source, List<CodeEntry> entries) {
        return new CodeList(scheme, year, source, entries);
    }

    public Scheme scheme() {
        return scheme;
    }

    public int year() {
        return year;
    }

    /** Where the list came from, as its file states (e.g. 《2021年政府收支分类科目》). */
    public String source() {
        return source;
    }

    public boolean contains(String code) {
        return entries.containsKey(code);
    }

    public Optional<CodeEntry> entry(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public Optional<String> nameOf(String code) {
        return entry(code).map(CodeEntry::name);
    }

    public List<CodeEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** The direct children of a code (款 of a 类, 项 of a 款). */
    public List<CodeEntry> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }
}
