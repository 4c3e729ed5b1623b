package org.jixiao.server.publication;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.report.domain.Report;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.problems.NotFound;
import org.jixiao.server.reports.Change;
import org.jixiao.server.reports.ReportFilter;
import org.jixiao.server.reports.ReportSummary;
import org.jixiao.server.reports.VisibleReports;
import org.jixiao.server.units.District;
import org.jixiao.server.units.Districts;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.springframework.stereotype.Service;

/**
 * What the public may read, and nothing else: every method goes through {@link VisibleReports}' public methods
 * ({@code published}, {@code publishedSummary}, {@code publishedJson}, {@code publishedCorrection}), which know only
 * published versions.
 * A report that has none is "not found", exactly like one that does not exist.
 */
@Service
public class PublishedReports {

    private final VisibleReports visible;
    private final Districts districts;
    private final Units units;
    private final ReportJson json;

    PublishedReports(VisibleReports visible, Districts districts, Units units, ReportJson json) {
        this.visible = visible;
        this.districts = districts;
        this.units = units;
        this.json = json;
    }

    /**
     * The published reports, newest year first, narrowed by district code, unit id and year (each optional).
     * An unknown district code lists nothing.
     */
    public List<PublishedEntry> list(String districtCode, Long unitId, Integer year) {
        Long districtId = null;
        if (districtCode != null && !districtCode.isBlank()) {
            Optional<District> district = districts.byCode(districtCode.strip());
            if (district.isEmpty()) return List.of();
            districtId = district.get().id();
        }
        var summaries = visible.published(new ReportFilter(unitId, districtId, null, year, true));
        Map<Long, District> byId = new HashMap<>();
        return summaries.stream().filter(s -> s.publishedVersion() > 0).map(s -> {
            District d = byId.computeIfAbsent(s.districtId(), id -> districts.byId(id).orElse(null));
            return PublishedEntry.of(s, d == null ? "" : d.code(), d == null ? "" : d.name());
        }).toList();
    }

    /**
     * The list entry of one published report; not found when it has no published version. Two lookups by primary key
     * (the report with its unit, its district), so opening a report costs the same in a district as in a province.
     */
    public PublishedEntry entry(long id) {
        ReportSummary summary;
        try {
            summary = visible.publishedSummary(id);
        } catch (NotFound e) {
            throw missing(id);
        }
        District d = districts.byId(summary.districtId()).orElse(null);
        return PublishedEntry.of(summary, d == null ? "" : d.code(), d == null ? "" : d.name());
    }

    /** The published version of a report with its number; not found when it has none. */
    public PublishedDocument open(long id) {
        return open(entry(id));
    }

    /**
     * The published version of a listed report. Reads the published JSON between two looks at the list of
     * publications, so that the version number names this content even if a correction is published meanwhile.
     */
    public PublishedDocument open(PublishedEntry entry) {
        long id = entry.id();
        for (int attempt = 0; ; attempt++) {
            List<Integer> before = visible.publications(id);
            if (before.isEmpty()) throw missing(id);
            String text = visible.publishedJson(id);
            List<Integer> after = visible.publications(id);
            if (before.equals(after) || attempt == 2) {
                int version = after.get(after.size() - 1);
                Report report = json.read(text);
                PublishedEntry current = version == entry.publishedVersion() ? entry
                        : new PublishedEntry(id, entry.unitCode(), entry.unitName(), entry.districtCode(), entry.districtName(),
                                entry.fiscalYear(), version);
                return new PublishedDocument(current, version, report, json.tree(report));
            }
        }
    }

    /** The published version as stored canonical JSON text. */
    public String canonicalJson(long id) {
        return visible.publishedJson(id);
    }

    /** What the latest publication changed against the one before (a published correction); empty if none. */
    public List<Change> correction(long id) {
        return visible.publishedCorrection(id);
    }

    /** The published reports of the same unit, oldest year first (for the charts over the years). */
    public List<PublishedDocument> sameUnit(PublishedEntry entry) {
        Optional<Unit> unit = units.byCode(entry.unitCode());
        if (unit.isEmpty()) return List.of();
        return list(null, unit.get().id(), null).stream().sorted(Comparator.comparingInt(PublishedEntry::fiscalYear))
                .map(this::open).toList();
    }

    /** The id of the entry's unit (null if the unit is gone). */
    public Long unitId(PublishedEntry entry) {
        return units.byCode(entry.unitCode()).map(Unit::id).orElse(null);
    }

    /**
     * The units with a published report in the district (by name), for the filter of the public list; with no
     * district only the unit already chosen, if any (a province has ten thousand units).
     */
    public List<Unit> unitsWithPublished(String districtCode, Long chosen) {
        if (districtCode == null || districtCode.isBlank()) {
            return chosen == null ? List.of() : units.byId(chosen).stream().toList();
        }
        Optional<District> district = districts.byCode(districtCode.strip());
        if (district.isEmpty()) return List.of();
        Set<String> codes = new HashSet<>();
        for (PublishedEntry e : list(districtCode, null, null)) codes.add(e.unitCode());
        return units.inDistrict(district.get().id()).stream().filter(u -> codes.contains(u.code()))
                .sorted(Comparator.comparing(Unit::name)).toList();
    }

    /** The fiscal years that have a published report, newest first. */
    public List<Integer> years() {
        return list(null, null, null).stream().map(PublishedEntry::fiscalYear).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The districts, for the filter of the public list. */
    public List<District> districts() {
        return districts.all();
    }

    /** The district with the code; not found when there is none. */
    public District district(String code) {
        return districts.byCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new NotFound("没有代码为 " + code + " 的地区。请从公开报告列表选择地区。"));
    }

    /** The unit with the id, if any (for the filter's caption). */
    public Optional<Unit> unit(long id) {
        return units.byId(id);
    }

    static NotFound missing(long id) {
        return new NotFound("没有编号为 " + id + " 的已公开报告。请从公开报告列表中选择。");
    }
}
