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

    /** What anyone sees first: the published reports and the way in for staff. */
    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("published", reports.published(ReportFilter.all()));
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
