package org.jixiao.server.reportpage;

import com.fasterxml.jackson.databind.JsonNode;
import org.jixiao.report.json.ReportJson;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.editing.EditorState;
import org.jixiao.server.editing.ReportEditing;
import org.jixiao.server.reports.ReportSnapshot;
import org.jixiao.server.reports.ReportState;
import org.jixiao.server.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The report page (报告页与编辑器) for signed-in users: the header with the workflow actions the account may take,
 * the grids of every table and 自评表 (editable for the unit's staff while a draft or returned), and the places
 * the editor script fills in (findings, comments, history). Access is the service layer's: a report the account
 * may not see is a 404 page.
 */
@Controller
class ReportPage {

    private final ReportEditing editing;
    private final ReportJson json;

    ReportPage(ReportEditing editing, ReportJson json) {
        this.editing = editing;
        this.json = json;
    }

    /** What the account may do on the page, for the buttons. */
    record Actions(boolean unit, boolean reviewer, boolean save, boolean submit, boolean returnToUnit, boolean approve, boolean publish,
            boolean reopen) {

        /** In a closed year only 公开 remains (the service layer refuses the rest, see {@code years.ClosedYears}). */
        static Actions of(Account who, ReportSnapshot s, boolean editable, boolean yearOpen) {
            boolean unit = who.worksFor(s.unitId());
            boolean reviewer = who.role() == Role.REVIEWER && who.reviews(s.districtId());
            ReportState state = s.state();
            return new Actions(unit, reviewer, editable, yearOpen && unit && state.editable(), yearOpen && reviewer && state == ReportState.SUBMITTED,
                    yearOpen && reviewer && state == ReportState.SUBMITTED, reviewer && state == ReportState.APPROVED,
                    yearOpen && (unit || reviewer) && state == ReportState.PUBLISHED);
        }
    }

    @GetMapping("/reports/{id}")
    String report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        EditorState state = editing.open(user.account(), id);
        ReportSnapshot s = state.snapshot();
        JsonNode tree = json.parseTree(state.json());
        model.addAttribute("snapshot", s);
        model.addAttribute("unitName", tree.at("/header/unitName").asText());
        model.addAttribute("editable", state.editable());
        model.addAttribute("yearOpen", state.yearOpen());
        model.addAttribute("actions", Actions.of(user.account(), s, state.editable(), state.yearOpen()));
        model.addAttribute("sections", ReportGrids.sections(tree, state.editable()));
        model.addAttribute("narrative", ReportGrids.narrative(tree));
        return "report";
    }
}
