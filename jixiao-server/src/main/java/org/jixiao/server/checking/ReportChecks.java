package org.jixiao.server.checking;

import java.util.function.Supplier;
import org.jixiao.report.json.ReportJson;
import org.jixiao.rules.CheckResult;
import org.jixiao.rules.RuleEngine;
import org.jixiao.server.codes.StoredCodeLists;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.shared.BoundedCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The checks of stored report versions, each computed once per instance: a stored version never changes, so its
 * findings and the places of its findings do not either, until the code lists do: the key holds the change counter
 * of the lists the check used ({@link StoredCodeLists#version()}), so a change on any instance makes every instance
 * check again.
 * Opening the editor, reading the findings and the page after a save cost a lookup instead of a check (issue
 * "Province scale", deadline-day load). Bounded, least recently used out ({@code jixiao.cache.checks}).
 */
@Service
public class ReportChecks {

    /** A version's check and the index placing its findings in the report JSON. */
    public record Checked(CheckResult result, FindingPointers pointers) {}

    private record Key(long reportId, int version, long codeLists) {}

    private final RuleEngine engine;
    private final ReportJson json;
    private final StoredCodeLists codeLists;
    private final BoundedCache<Key, Checked> checked;

    ReportChecks(RuleEngine engine, ReportJson json, StoredCodeLists codeLists, @Value("${jixiao.cache.checks:1000}") int capacity) {
        this.engine = engine;
        this.json = json;
        this.codeLists = codeLists;
        this.checked = new BoundedCache<>(capacity);
    }

    /** The check of the snapshot's stored version; {@code storedJson} gives its canonical JSON when it must be computed. */
    public Checked of(ReportSnapshot snapshot, Supplier<String> storedJson) {
        Key key = new Key(snapshot.id(), snapshot.version(), codeLists());
        return checked.computeIfAbsent(key, k -> {
            CheckResult result = engine.check(snapshot.report());
            return new Checked(result, FindingPointers.of(json.parseTree(storedJson.get()), result.findings()));
        });
    }

    /**
     * Records the check of a version just committed (computed before the save with the code lists at change counter
     * {@code codeLists}), so the next reader does not redo it.
     */
    public Checked remember(long reportId, int version, long codeLists, CheckResult result, FindingPointers pointers) {
        Checked value = new Checked(result, pointers.only(result.findings()));
        checked.put(new Key(reportId, version, codeLists), value);
        return value;
    }

    /** The change counter of the code lists checks use now (read it before a check whose result will be remembered). */
    public long codeLists() {
        return codeLists.version();
    }
}
