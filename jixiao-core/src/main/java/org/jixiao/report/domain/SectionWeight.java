package org.jixiao.report.domain;

import java.util.Objects;
import org.jixiao.shared.Figure;

/** The weight a 一级指标 heading states, e.g. 产出指标（50分） → {@code ("产出指标", "50")}. */
public record SectionWeight(String level1, Figure weight) {

    public SectionWeight {
        Objects.requireNonNull(level1, "level1");
    }
}
