package org.jixiao.server.publication;

import org.jixiao.server.reports.ReportSummary;

/** A line of the public list: the published report with the name and code of its district. */
public record PublishedEntry(long id, String unitCode, String unitName, String districtCode, String districtName, int fiscalYear,
        int publishedVersion) {

    static PublishedEntry of(ReportSummary summary, String districtCode, String districtName) {
        return new PublishedEntry(summary.id(), summary.unitCode(), summary.unitName(), districtCode, districtName, summary.fiscalYear(),
                summary.publishedVersion());
    }
}
