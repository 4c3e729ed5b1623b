package org.jixiao.server.checking;

import io.swagger.v3.oas.annotations.Operation;
import org.jixiao.report.json.ReportJson;
import org.jixiao.rules.RuleEngine;
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
    private final RuleEngine engine;
    private final Workflow workflow;
    private final ReportJson json;

    FindingsApi(VisibleReports reports, RuleEngine engine, Workflow workflow, ReportJson json) {
        this.json = json;
        this.reports = reports;
        this.engine = engine;
        this.workflow = workflow;
    }

    @Operation(summary = "当前版本的核查结果（含情况说明）")
    @GetMapping("/api/v1/reports/{id}/findings")
    CheckView findings(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        ReportSnapshot snapshot = reports.open(user.account(), id);
        return CheckView.of(snapshot.version(), engine.check(snapshot.report()), workflow.explanations(user.account(), id),
                FindingPointers.of(json.parseTree(reports.currentJson(user.account(), id))));
    }
}
