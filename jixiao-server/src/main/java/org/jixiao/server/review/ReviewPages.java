package org.jixiao.server.review;

import java.util.List;
import java.util.TreeSet;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The pages of the reviewer's desk: 审核台 (the queue) and the comparison of one report. */
@Controller
class ReviewPages {

    private final ReviewDesk desk;

    ReviewPages(ReviewDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/review")
    String queue(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) ReportState state,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String sort, Model model) {
        List<QueueEntry> entries = desk.queue(user.account(), state, year, sort);
        // The years to choose from: those of the account's reports, whatever the current filter.
        var years = new TreeSet<Integer>(java.util.Comparator.reverseOrder());
        (state == null && year == null ? entries : desk.queue(user.account(), null, null, "year")).forEach(e -> years.add(e.fiscalYear()));
        model.addAttribute("entries", entries);
        model.addAttribute("time", new ShownTime());
        model.addAttribute("states", ReportState.values());
        model.addAttribute("years", years);
        model.addAttribute("state", state);
        model.addAttribute("year", year);
        model.addAttribute("sort", sort == null || sort.isBlank() ? "state" : sort);
        return "review/queue";
    }

    @GetMapping("/review/reports/{id}/compare")
    String compare(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("comparison", desk.compare(user.account(), id));
        return "review/compare";
    }
}
