package org.jixiao.synthetic;

import org.jixiao.report.domain.Report;

/** A report with one planted error and its ground truth. */
public record InjectedReport(Report report, GroundTruth truth) {
}
