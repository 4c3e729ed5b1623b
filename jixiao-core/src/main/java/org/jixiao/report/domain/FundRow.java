package org.jixiao.report.domain;

import java.util.Objects;
import org.jixiao.shared.Figure;
import org.jixiao.shared.Provenance;

/** One row of a fund block: 年初预算数, 全年预算数, 全年执行数 as stated. */
public record FundRow(String key, String label, Figure initialBudget, Figure fullYearBudget, Figure executed, Provenance at) {

    public FundRow {
        Objects.requireNonNull(key, "key");
    }
}
