package org.jixiao.server.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.problems.Problem;
import org.jixiao.server.security.SignedInUser;
import org.jixiao.server.units.District;
import org.jixiao.server.years.FiscalYear;
import org.jixiao.server.years.FiscalYears;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 批量任务 page {@code /review/jobs} for reviewers and administrators: start a render job (a reviewer also a
 * publish job) for a district, and follow the jobs the account may see, newest first; a finished render job links to
 * its zip ({@code GET /api/v1/jobs/{id}/result}). The page reloads itself every 5 s while a job is queued or running.
 */
@Controller
class JobsPage {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** A line of the jobs table. */
    record Row(Job job, String kind, String state, String district, String year, String created, String finished, boolean download) {}

    private final Jobs jobs;
    private final FiscalYears years;

    JobsPage(Jobs jobs, FiscalYears years) {
        this.jobs = jobs;
        this.years = years;
    }

    @GetMapping("/review/jobs")
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<District> districts = jobs.districtsFor(user.account()); // unit staff: 403
        Map<Long, String> names = new HashMap<>();
        districts.forEach(d -> names.put(d.id(), d.name()));
        List<Row> rows = jobs.recent(user.account()).stream().map(j -> new Row(j, kind(j.kind()), state(j.state()),
                names.getOrDefault(j.districtId(), "区县" + j.districtId()), j.fiscalYear() == null ? "全部" : j.fiscalYear().toString(),
                time(j.createdAt()), time(j.finishedAt()), j.kind() == Job.Kind.RENDER && j.state() == Job.State.SUCCEEDED)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("districts", districts);
        model.addAttribute("years", years.all().stream().map(FiscalYear::year).sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("reviewer", user.account().role() == Role.REVIEWER);
        boolean busy = rows.stream().anyMatch(r -> r.job().state() == Job.State.QUEUED || r.job().state() == Job.State.RUNNING);
        model.addAttribute("busy", busy);
        if (busy) model.addAttribute("refreshSeconds", 5); // layout.html: <meta http-equiv="refresh">
        return "jobs";
    }

    /** The form of the page: {@code kind} RENDER or PUBLISH, {@code districtId}, {@code year} (empty: all years). */
    @PostMapping("/review/jobs")
    String start(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Long districtId, @RequestParam(required = false) Integer year, RedirectAttributes flash) {
        try {
            if (districtId == null) throw new Invalid("请选择区县。");
            Job job = switch (kind == null ? "" : kind) {
                case "RENDER" -> jobs.enqueueRender(user.account(), districtId, year);
                case "PUBLISH" -> jobs.enqueuePublish(user.account(), districtId, year);
                default -> throw new Invalid("请选择要发起的任务：生成公开文件或批量公开。");
            };
            flash.addFlashAttribute("notice", "已发起任务 " + job.id() + "（" + kind(job.kind()) + "），完成后在下表查看结果。");
        } catch (Problem problem) {
            flash.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/review/jobs";
    }

    static String kind(Job.Kind kind) {
        return switch (kind) {
            case IMPORT -> "批量导入";
            case RENDER -> "生成公开文件";
            case PUBLISH -> "批量公开";
        };
    }

    static String state(Job.State state) {
        return switch (state) {
            case QUEUED -> "排队中";
            case RUNNING -> "进行中";
            case SUCCEEDED -> "已完成";
            case FAILED -> "失败";
        };
    }

    private static String time(Instant instant) {
        return instant == null ? "—" : MINUTES.format(instant);
    }
}
