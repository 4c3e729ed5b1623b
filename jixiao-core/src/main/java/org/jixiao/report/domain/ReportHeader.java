package org.jixiao.report.domain;

import java.util.List;
import java.util.Objects;

/**
 * Who and when: the unit's name (单位名称), its code if known, the fiscal year (年度), the region (地区, e.g.
 * 湖南省株洲市石峰区) and the document kinds present ({@link DocumentKind}).
 */
public record ReportHeader(String unitName, String unitCode, int fiscalYear, String region, List<DocumentKind> documents) {

    /** The range of fiscal years a report may have. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    public ReportHeader {
        Objects.requireNonNull(unitName, "unitName");
        if (fiscalYear < FIRST_YEAR || fiscalYear > LAST_YEAR) {
            throw new IllegalArgumentException("年度 fiscalYear 应在 " + FIRST_YEAR + "–" + LAST_YEAR + " 之间：" + fiscalYear);
        }
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
