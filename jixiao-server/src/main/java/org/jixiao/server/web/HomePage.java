package org.jixiao.server.web;

import org.jixiao.server.reports.ReportFilter;
import org.jixiao.server.reports.VisibleReports;
import org.jixiao.server.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (anyone) and the work list of a signed-in account (我的工作台). */
@Controller
class HomePage {

    private final VisibleReports reports;

    HomePage(VisibleReports reports) {
        this.reports = reports;
    }

    /** How many published reports the home page lists; the rest are on the paged public list. */
    static final int LATEST = 20;

    /** What anyone sees first: the latest published reports, the way to all of them, and the way in for staff. */
    @GetMapping("/")
    String home(Model model) {
        var published = reports.published(ReportFilter.all());
        model.addAttribute("published", published);
        model.addAttribute("latest", published.subList(0, Math.min(LATEST, published.size())));
        return "home";
    }

    /** The reports the account works on: its unit's, its district's, or all of them. */
    @GetMapping("/work")
    String work(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("reports", reports.list(user.account(), ReportFilter.all()));
        model.addAttribute("account", user.account());
        return "work";
    }
}
