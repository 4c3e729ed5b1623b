package org.jixiao.report.domain;

import java.util.Objects;
import org.jixiao.shared.Figure;
import org.jixiao.shared.Provenance;

/**
 * One 三级指标 row: its 一级 and 二级 headings, name, 年度指标值 (target, e.g. {@code ≥90%}, {@code 50 次},
 * {@code 舒适整洁}), 实际完成值 (actual), 分值 (weight), 得分 (score) and 偏差原因分析及改进措施.
 * Whether a target is quantitative or qualitative is read from its text by the scoring feature.
 */
public record Indicator(
        String level1,
        String level2,
        String name,
        Figure target,
        Figure actual,
        Figure weight,
        Figure score,
        String deviationReason,
        Provenance at) {

    public Indicator {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(name, "name");
    }
}
