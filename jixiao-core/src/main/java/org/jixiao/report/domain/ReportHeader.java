package org.jixiao.report.domain;

import java.util.List;
import java.util.Objects;

/**
 * Who and when: the unit's name (单位名称), its code if known, the fiscal year (年度), the region (地区, e.g.
 * 湖南省株洲市石峰区) and the document kinds present ({@link DocumentKind}).
 */
public record ReportHeader(String unitName, String unitCode, int fiscalYear, String region, List<DocumentKind> documents) {

    public ReportHeader {
        Objects.requireNonNull(unitName, "unitName");
        if (fiscalYear < 2000 || fiscalYear > 2100) throw new IllegalArgumentException("fiscalYear out of range: " + fiscalYear);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
