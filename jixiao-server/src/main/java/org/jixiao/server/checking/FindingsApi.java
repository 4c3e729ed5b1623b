package org.jixiao.server.checking;

import java.util.List;
import org.jixiao.rules.CheckResult;
import org.jixiao.rules.Finding;
import org.jixiao.rules.RuleEngine;
import org.jixiao.server.reports.Reports;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The findings of a report's current version, in the shape of {@code ./jixiao check --format json}. */
@RestController
class FindingsApi {

    private final Reports reports;
    private final RuleEngine engine;

    FindingsApi(Reports reports, RuleEngine engine) {
        this.reports = reports;
        this.engine = engine;
    }

    @GetMapping("/api/v1/reports/{id}/findings")
    ResponseEntity<?> findings(@PathVariable long id) {
        return reports.current(id)
                .<ResponseEntity<?>>map(snapshot -> ResponseEntity.ok(Checked.of(snapshot.version(), engine.check(snapshot.report()))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有编号为 " + id + " 的报告")));
    }

    /** One report's check: the version checked, the rule set used, counts and findings. */
    record Checked(int version, String ruleSet, long errors, long warnings, long infos, List<FindingView> findings) {

        static Checked of(int version, CheckResult result) {
            return new Checked(version, result.ruleSetVersion(),
                    result.count(org.jixiao.rules.Severity.ERROR), result.count(org.jixiao.rules.Severity.WARNING),
                    result.count(org.jixiao.rules.Severity.INFO),
                    result.findings().stream().map(FindingView::of).toList());
        }
    }

    /** A finding as the API shows it: the location as one Chinese line. */
    record FindingView(String rule, String severity, String message, String location, String stated, String expected, String formula,
            List<String> alsoBy) {

        static FindingView of(Finding f) {
            return new FindingView(f.rule(), f.severity().name(), f.message(),
                    f.location() == null ? null : f.location().describe(), f.stated(), f.expected(), f.formula(), f.alsoBy());
        }
    }
}
