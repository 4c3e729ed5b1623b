package org.jixiao.server.reports;

import java.util.function.Supplier;
import org.jixiao.report.domain.Report;

/**
 * A report's current version as loaded, with the lock version that the next save must present. Two sessions
 * that load the same snapshot and both save: the first wins, the second gets a {@link SaveOutcome.Conflict}.
 * {@code publishedVersion} is the version the public sees (0 while nothing is published). The report itself may be
 * read from its stored JSON only when first asked for (most requests on a remembered version never need it).
 */
public final class ReportSnapshot {

    private final long id;
    private final long unitId;
    private final long districtId;
    private final int fiscalYear;
    private final ReportState state;
    private final int version;
    private final long lockVersion;
    private final int publishedVersion;
    private Supplier<Report> source;
    private Report report;

    public ReportSnapshot(long id, long unitId, long districtId, int fiscalYear, ReportState state, int version, long lockVersion,
            int publishedVersion, Report report) {
        this(id, unitId, districtId, fiscalYear, state, version, lockVersion, publishedVersion, () -> report);
    }

    public ReportSnapshot(long id, long unitId, long districtId, int fiscalYear, ReportState state, int version, long lockVersion,
            int publishedVersion, Supplier<Report> report) {
        this.id = id;
        this.unitId = unitId;
        this.districtId = districtId;
        this.fiscalYear = fiscalYear;
        this.state = state;
        this.version = version;
        this.lockVersion = lockVersion;
        this.publishedVersion = publishedVersion;
        this.source = report;
    }

    public long id() {
        return id;
    }

    public long unitId() {
        return unitId;
    }

    public long districtId() {
        return districtId;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public ReportState state() {
        return state;
    }

    public int version() {
        return version;
    }

    public long lockVersion() {
        return lockVersion;
    }

    public int publishedVersion() {
        return publishedVersion;
    }

    /** The report of this version (read on first use). */
    public synchronized Report report() {
        if (source != null) {
            report = source.get();
            source = null;
        }
        return report;
    }

    @Override
    public String toString() {
        return "ReportSnapshot[id=" + id + ", version=" + version + ", state=" + state + ", lockVersion=" + lockVersion + "]";
    }
}
