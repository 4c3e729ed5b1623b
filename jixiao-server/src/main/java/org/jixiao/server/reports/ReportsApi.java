package org.jixiao.server.reports;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.jixiao.server.security.SignedInUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read side of the reports JSON API, version 1, for a signed-in account: what its scope allows. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsApi {

    private final VisibleReports reports;

    ReportsApi(VisibleReports reports) {
        this.reports = reports;
    }

    /** The reports the account may see; {@code state} and {@code year} narrow the list. */
    @Operation(summary = "本账户可查看的报告列表（可按状态、年度筛选）")
    @GetMapping
    List<ReportSummary> list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) ReportState state,
            @RequestParam(required = false) Integer year) {
        ReportFilter filter = ReportFilter.all();
        if (state != null) filter = filter.inState(state);
        if (year != null) filter = filter.inYear(year);
        return reports.list(user.account(), filter);
    }

    /** The current version in the canonical exchange format, byte for byte as stored. */
    @Operation(summary = "报告当前版本（规范 JSON，原样返回）")
    @GetMapping("/{id}")
    ResponseEntity<String> report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reports.currentJson(user.account(), id));
    }

    @Operation(summary = "报告的历史版本")
    @GetMapping("/{id}/versions")
    List<ReportVersion> versions(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return reports.history(user.account(), id);
    }
}
