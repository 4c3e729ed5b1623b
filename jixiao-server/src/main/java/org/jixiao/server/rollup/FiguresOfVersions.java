package org.jixiao.server.rollup;

import org.jixiao.report.domain.Report;
import org.jixiao.server.reports.Reports;
import org.jixiao.server.reports.VersionStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code report_figures} current: every version written gets its figures in the same transaction; at start,
 * versions stored before this table existed (current and published ones) get theirs, and districts their city and
 * province.
 */
@Component
class FiguresOfVersions implements VersionStored, ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FiguresOfVersions.class);

    private final ReportFigures figures;
    private final Reports reports;

    FiguresOfVersions(ReportFigures figures, Reports reports) {
        this.figures = figures;
        this.reports = reports;
    }

    @Override
    public void stored(long reportId, int versionNumber, Report report) {
        figures.put(reportId, versionNumber, KeyFigures.of(report));
    }

    @Override
    public void run(ApplicationArguments args) {
        int districts = figures.classifyDistricts();
        int versions = 0;
        for (var batch = figures.missing(500); !batch.isEmpty(); batch = figures.missing(500)) {
            for (long[] v : batch) {
                figures.put(v[0], (int) v[1], reports.version(v[0], (int) v[1]).map(KeyFigures::of).orElse(KeyFigures.NONE));
                versions++;
            }
        }
        if (districts + versions > 0) LOG.info("Roll-up figures: {} districts placed, {} report versions read", districts, versions);
    }
}
