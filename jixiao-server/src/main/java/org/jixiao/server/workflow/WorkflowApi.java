package org.jixiao.server.workflow;

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
    record StepRequest(long lockVersion, List<NewComment> comments, String reason) {}

    /** An explanation of a warning. */
    record ExplanationRequest(String findingKey, String text) {}

    /** What still blocks a submission. */
    record ReadinessView(boolean ready, String ruleSet, List<String> reasons) {}

    @GetMapping("/readiness")
    ReadinessView readiness(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        Readiness r = workflow.readiness(user.account(), id);
        return new ReadinessView(r.ready(), r.ruleSetVersion(), r.reasons());
    }

    @PostMapping("/submit")
    StepResult submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepRequest request) {
        return workflow.submit(user.account(), id, request.lockVersion());
    }

    @PostMapping("/return")
    StepResult returnToUnit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepRequest request) {
        return workflow.returnToUnit(user.account(), id, request.lockVersion(), request.comments());
    }

    @PostMapping("/approve")
    StepResult approve(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepRequest request) {
        return workflow.approve(user.account(), id, request.lockVersion());
    }

    @PostMapping("/publish")
    StepResult publish(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepRequest request) {
        return workflow.publish(user.account(), id, request.lockVersion());
    }

    @PostMapping("/reopen")
    StepResult reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody StepRequest request) {
        return workflow.reopenForCorrection(user.account(), id, request.lockVersion(), request.reason());
    }

    @PutMapping("/explanations")
    Map<String, Explanation> explain(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestBody ExplanationRequest request) {
        workflow.explain(user.account(), id, request.findingKey(), request.text());
        return workflow.explanations(user.account(), id);
    }

    @GetMapping("/explanations")
    Map<String, Explanation> explanations(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return workflow.explanations(user.account(), id);
    }

    @GetMapping("/comments")
    List<Comment> comments(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return workflow.comments(user.account(), id);
    }

    /** What changed between two versions (by default the previous and the current one). */
    @GetMapping("/changes")
    List<Change> changes(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return reports.changes(user.account(), id, from, to);
    }
}
