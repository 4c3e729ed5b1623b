package org.jixiao.report.domain;

import org.jixiao.shared.Figure;

/** 机关运行经费: this year's amount, last year's, and the change as stated. */
public record OperatingFunds(Figure amount, Figure priorYear, Figure change, Figure changePercent) {
}
