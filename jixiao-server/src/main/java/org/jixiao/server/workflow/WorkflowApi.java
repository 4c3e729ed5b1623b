package org.jixiao.server.workflow;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jixiao.server.reports.Change;
import org.jixiao.server.reports.VisibleReports;
import org.jixiao.server.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workflow actions over JSON: every step names the lock version the caller read, so that a step over someone
 * else's newer change is a 409 conflict, never a silent overwrite.
 */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class WorkflowApi {

    private final Workflow workflow;
    private final VisibleReports reports;

    WorkflowApi(Workflow workflow, VisibleReports reports) {
        this.workflow = workflow;
        this.reports = reports;
    }

    /** A workflow step's request: the lock version read, and the comments of a return or the reason of a reopening. */
    @Schema(description = "流程操作：读取时的锁版本；退回时的审核意见；更正时的原因")
    record StepRequest(@Schema(description = "读取报告时的 lockVersion；他人已修改则返回 409") long lockVersion,
            @Schema(description = "退回时必填") List<NewComment> comments, @Schema(description = "发起更正时必填") String reason) {}

    /** An explanation of a warning. */
    record ExplanationRequest(String findingKey, String text) {}

    /** What still blocks a submission. */
    record ReadinessView(boolean ready, String ruleSet, List<String> reasons) {}

    @Operation(summary = "能否提交：尚有的错误与未说明的警告")
    @GetMapping("/readiness")
    ReadinessView readiness(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        Readiness r = workflow.readiness(user.account(), id);
        return new ReadinessView(r.ready(), r.ruleSetVersion(), r.reasons());
    }

    @Operation(summary = "提交审核（无错误且每项警告已说明）")
    @PostMapping("/submit")
    StepResult submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepRequest request) {
        return workflow.submit(user.account(), id, request.lockVersion());
    }

    @Operation(summary = "退回单位，附审核意见（审核人）")
    @PostMapping("/return")
    StepResult returnToUnit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepRequest request) {
        return workflow.returnToUnit(user.account(), id, request.lockVersion(), request.comments());
    }

    @Operation(summary = "审核通过（审核人）")
    @PostMapping("/approve")
    StepResult approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepRequest request) {
        return workflow.approve(user.account(), id, request.lockVersion());
    }

    @Operation(summary = "公开已审核通过的报告（审核人）")
    @PostMapping("/publish")
    StepResult publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepRequest request) {
        return workflow.publish(user.account(), id, request.lockVersion());
    }

    @Operation(summary = "发起更正：已公开的报告回到草稿，公开版本保持不变")
    @PostMapping("/reopen")
    StepResult reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepRequest request) {
        return workflow.reopenForCorrection(user.account(), id, request.lockVersion(), request.reason());
    }

    @Operation(summary = "对一项警告写情况说明")
    @PutMapping("/explanations")
    Map<String, Explanation> explain(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody ExplanationRequest request) {
        workflow.explain(user.account(), id, request.findingKey(), request.text());
        return workflow.explanations(user.account(), id);
    }

    @Operation(summary = "各项警告的情况说明")
    @GetMapping("/explanations")
    Map<String, Explanation> explanations(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return workflow.explanations(user.account(), id);
    }

    @Operation(summary = "审核意见")
    @GetMapping("/comments")
    List<Comment> comments(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return workflow.comments(user.account(), id);
    }

    /** What changed between two versions (by default the previous and the current one). */
    @Operation(summary = "两个版本之间的变更")
    @GetMapping("/changes")
    List<Change> changes(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return reports.changes(user.account(), id, from, to);
    }
}
