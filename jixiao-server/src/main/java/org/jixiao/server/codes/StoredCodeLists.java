package org.jixiao.server.codes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jixiao.codes.CodeList;
import org.jixiao.codes.CodeListSource;
import org.jixiao.codes.CodeLists;
import org.jixiao.codes.Scheme;
import org.jixiao.codes.YearCodeLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The code lists the server checks with: those in the database, as administrators keep them. They are held in
 * memory and read again whenever the database's change counter ({@link CodeListEntries#version()}, raised in the
 * transaction of every change) differs from the one they were read at. The counter is read before each use, so a
 * change made on any instance is in force on every instance from its next check, at the price of one read of a
 * one-row table per check.
 *
 * <p>A fiscal year uses, per scheme, its own list or else the latest earlier year's (the first year's for a year
 * before every list), as {@link CodeLists#yearUsedFor(int)} does for the bundled files. A scheme with no list in
 * the database at all (a database still being filled at first start) uses the bundled lists.
 */
@Component
public class StoredCodeLists implements CodeListSource {

    private static final Logger log = LoggerFactory.getLogger(StoredCodeLists.class);

    private final CodeListEntries entries;
    private final CodeLists bundled;
    private volatile Snapshot snapshot;

    StoredCodeLists(CodeListEntries entries, CodeLists bundled) {
        this.entries = entries;
        this.bundled = bundled;
    }

    @Override
    public YearCodeLists forYear(int year) {
        return current().forYear(year);
    }

    /** The year whose list of {@code scheme} serves {@code year}. */
    public int yearUsedFor(int year, Scheme scheme) {
        return current().forYear(year).scheme(scheme).year();
    }

    /** The change counter the lists in use were read at: a different value means other lists (for caches of checks). */
    public long version() {
        return current().version();
    }

    private Snapshot current() {
        Snapshot held = snapshot;
        long version;
        try {
            version = entries.version();
        } catch (DataAccessException e) {
            if (held == null) throw e;
            log.debug("代码表变更计数无法读取，沿用已载入的代码表：{}", e.getMessage());
            return held;
        }
        if (held != null && held.version() == version) return held;
        synchronized (this) {
            held = snapshot;
            if (held != null && held.version() == version) return held;
            // The counter is read before the lists: a change between the two reads leaves a newer counter, so the
            // next check reads the lists again.
            Snapshot read = new Snapshot(version, byScheme(entries.lists()));
            snapshot = read;
            return read;
        }
    }

    private Map<Scheme, NavigableMap<Integer, CodeList>> byScheme(List<CodeList> stored) {
        Map<Scheme, NavigableMap<Integer, CodeList>> lists = new EnumMap<>(Scheme.class);
        for (Scheme scheme : Scheme.values()) lists.put(scheme, new TreeMap<>());
        for (CodeList list : stored) lists.get(list.scheme()).put(list.year(), list);
        for (Scheme scheme : Scheme.values()) {
            if (!lists.get(scheme).isEmpty()) continue;
            for (int year : bundled.years()) lists.get(scheme).put(year, bundled.forYear(year).scheme(scheme));
        }
        return lists;
    }

    private record Snapshot(long version, Map<Scheme, NavigableMap<Integer, CodeList>> lists, Map<Integer, YearCodeLists> years) {

        Snapshot(long version, Map<Scheme, NavigableMap<Integer, CodeList>> lists) {
            this(version, lists, new ConcurrentHashMap<>());
        }

        YearCodeLists forYear(int year) {
            return years.computeIfAbsent(year, y -> {
                Map<Scheme, CodeList> schemes = new EnumMap<>(Scheme.class);
                lists.forEach((scheme, byYear) -> {
                    var serving = byYear.floorEntry(y);
                    schemes.put(scheme, (serving != null ? serving : byYear.firstEntry()).getValue());
                });
                return new YearCodeLists(schemes.get(Scheme.FUNCTIONAL).year(), Map.copyOf(schemes));
            });
        }
    }
}
