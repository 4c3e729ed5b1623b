package org.jixiao.server.workflow;

import org.jixiao.server.reports.ReportState;

/** A report after a workflow step: its state now and the lock version the next write must present. */
public record StepResult(long reportId, ReportState state, long lockVersion) {
}
