package org.jixiao.server.checking;

import io.swagger.v3.oas.annotations.Operation;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.VisibleReports;
import org.jixiao.server.security.SignedInUser;
import org.jixiao.server.workflow.Workflow;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The findings of a report's current version, in the shape of {@code ./jixiao check --format json}, with explanations. */
@RestController
class FindingsApi {

    private final VisibleReports reports;
    private final ReportChecks checks;
    private final Workflow workflow;

    FindingsApi(VisibleReports reports, ReportChecks checks, Workflow workflow) {
        this.reports = reports;
        this.checks = checks;
        this.workflow = workflow;
    }

    @Operation(summary = "当前版本的核查结果（含情况说明）")
    @GetMapping("/api/v1/reports/{id}/findings")
    CheckView findings(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        ReportSnapshot snapshot = reports.open(user.account(), id);
        ReportChecks.Checked checked = checks.of(snapshot, () -> reports.versionJson(snapshot));
        return CheckView.of(snapshot.version(), checked.result(), workflow.explanations(user.account(), id), checked.pointers());
    }
}
