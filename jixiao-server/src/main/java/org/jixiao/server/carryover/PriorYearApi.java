package org.jixiao.server.carryover;

import io.swagger.v3.oas.annotations.Operation;
import org.jixiao.server.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The prior-year figures of a report for the editor (从上年报告带入上年数); reading only, nothing is saved. */
@RestController
class PriorYearApi {

    private final PriorYear priorYear;

    PriorYearApi(PriorYear priorYear) {
        this.priorYear = priorYear;
    }

    @Operation(summary = "上年数：本单位上年报告中的数与本报告各上年数字段（将带入、相同、不同、无位置）；不保存")
    @GetMapping("/api/v1/reports/{id}/prior-year")
    PriorYear.View view(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return priorYear.view(user.account(), id);
    }
}
