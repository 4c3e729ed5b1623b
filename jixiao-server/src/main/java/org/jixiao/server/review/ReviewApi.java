package org.jixiao.server.review;

import java.util.List;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reviewer's desk over the JSON API: the queue and the comparison of a report. */
@RestController
class ReviewApi {

    private final ReviewDesk desk;

    ReviewApi(ReviewDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/v1/review/queue")
    List<QueueEntry> queue(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) ReportState state,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String sort) {
        return desk.queue(user.account(), state, year, sort);
    }

    @GetMapping("/api/v1/review/reports/{id}/compare")
    Comparison compare(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return desk.compare(user.account(), id);
    }
}
