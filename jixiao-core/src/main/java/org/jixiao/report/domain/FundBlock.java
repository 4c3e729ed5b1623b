package org.jixiao.report.domain;

import java.util.List;
import java.util.Optional;
import org.jixiao.shared.Figure;

/**
 * 资金情况 of a 自评表: rows by source (keys {@code total} 合计/年度资金总额, {@code current-fiscal}
 * 当年财政拨款, {@code carried-over} 上年结转, {@code other} 其他资金; optionally by nature {@code basic},
 * {@code project}), the 分值 (normally 10), and the stated 执行率 and 得分.
 */
public record FundBlock(List<FundRow> rows, Figure weight, Figure executionRate, Figure score) {

    public FundBlock {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public Optional<FundRow> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
