package org.jixiao.server.admin;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jixiao.codes.Scheme;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.audit.AuditEntry;
import org.jixiao.server.audit.AuditQuery;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.problems.Problem;
import org.jixiao.server.security.SignedInUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of 系统管理. Forms post here and come back to their page with a notice, or with the refusal (and its
 * details, e.g. every bad line of a CSV) shown above the form; nothing of a refused change is written.
 */
@Controller
class AdminPages {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);
    static final int AUDIT_PAGE = 50;

    private final Administration admin;
    private final CodeListAdministration codeLists;

    AdminPages(Administration admin, CodeListAdministration codeLists) {
        this.admin = admin;
        this.codeLists = codeLists;
    }

    @GetMapping("/admin")
    String overview(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("years", admin.years(user.account()));
        model.addAttribute("districtCount", admin.districts(user.account()).size());
        model.addAttribute("unitCount", admin.units(user.account()).size());
        model.addAttribute("userCount", admin.users(user.account()).size());
        model.addAttribute("recent", admin.audit(user.account(), AuditQuery.latest(10)));
        model.addAttribute("time", (java.util.function.Function<Instant, String>) SHOWN::format);
        return "admin/overview";
    }

    // ---- fiscal years -----------------------------------------------------------------------------------------------

    @GetMapping("/admin/years")
    String years(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("years", admin.years(user.account()));
        return "admin/years";
    }

    @PostMapping("/admin/years")
    String addYear(@AuthenticationPrincipal SignedInUser user, @RequestParam String year, RedirectAttributes flash) {
        return act(flash, "/admin/years", () -> {
            int y = parseYear(year);
            admin.addYear(user.account(), y);
            return "已新增" + y + "年度（开放）。";
        });
    }

    @PostMapping("/admin/years/{year}/open")
    String open(@AuthenticationPrincipal SignedInUser user, @PathVariable int year, RedirectAttributes flash) {
        return act(flash, "/admin/years", () -> {
            admin.setYearOpen(user.account(), year, true);
            return year + "年度已开放：单位可以新建和修改报告。";
        });
    }

    @PostMapping("/admin/years/{year}/close")
    String close(@AuthenticationPrincipal SignedInUser user, @PathVariable int year, RedirectAttributes flash) {
        return act(flash, "/admin/years", () -> {
            admin.setYearOpen(user.account(), year, false);
            return year + "年度已关闭：该年度的报告不能再新建或修改（已审核的仍可公开）。";
        });
    }

    // ---- districts and units ----------------------------------------------------------------------------------------

    @GetMapping("/admin/units")
    String units(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("districts", admin.districts(user.account()));
        model.addAttribute("units", admin.units(user.account()));
        return "admin/units";
    }

    @PostMapping("/admin/districts")
    String addDistrict(@AuthenticationPrincipal SignedInUser user, @RequestParam String code, @RequestParam String name,
            @RequestParam(required = false) String region, RedirectAttributes flash) {
        return act(flash, "/admin/units", () -> "已新增区“" + admin.addDistrict(user.account(), code, name, region).name() + "”。");
    }

    @PostMapping("/admin/districts/{id}/rename")
    String renameDistrict(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam String name,
            RedirectAttributes flash) {
        return act(flash, "/admin/units", () -> {
            admin.renameDistrict(user.account(), id, name);
            return "区已改名为“" + name.strip() + "”。";
        });
    }

    @PostMapping("/admin/units")
    String addUnit(@AuthenticationPrincipal SignedInUser user, @RequestParam String code, @RequestParam String name,
            @RequestParam(required = false) Long districtId, RedirectAttributes flash) {
        return act(flash, "/admin/units", () -> {
            if (districtId == null) throw new Invalid("请选择单位所属的区。");
            return "已新增单位“" + admin.addUnit(user.account(), code, name, districtId).name() + "”。";
        });
    }

    @PostMapping("/admin/units/{id}/rename")
    String renameUnit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam String name, RedirectAttributes flash) {
        return act(flash, "/admin/units", () -> {
            admin.renameUnit(user.account(), id, name);
            return "单位已改名为“" + name.strip() + "”。";
        });
    }

    @PostMapping("/admin/units/import")
    String importUnits(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) {
        return act(flash, "/admin/units", () -> {
            UnitImport done = admin.importUnits(user.account(), bytes(file));
            return "导入完成（" + done.charset() + "）：新增单位 " + done.unitsAdded() + " 个，新增区 " + done.districtsAdded() + " 个，已存在 "
                    + done.unchanged() + " 个。";
        });
    }

    // ---- users ------------------------------------------------------------------------------------------------------

    @GetMapping("/admin/users")
    String users(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("users", admin.users(user.account()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("districts", admin.districts(user.account()));
        model.addAttribute("units", admin.units(user.account()));
        model.addAttribute("me", user.account().username());
        return "admin/users";
    }

    @PostMapping("/admin/users")
    String createUser(@AuthenticationPrincipal SignedInUser user, @RequestParam String username, @RequestParam String displayName,
            @RequestParam(required = false) Role role, @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String districtCode, @RequestParam String password, RedirectAttributes flash) {
        return act(flash, "/admin/users", () -> "已新建用户 "
                + admin.createUser(user.account(), new NewUser(username, displayName, role, unitCode, districtCode, password)).username() + "。");
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@AuthenticationPrincipal SignedInUser user, @PathVariable String username, @RequestParam String password,
            RedirectAttributes flash) {
        return act(flash, "/admin/users", () -> {
            admin.resetPassword(user.account(), username, password);
            return "已为 " + username + " 设置新密码；该用户已登录的会话已结束。";
        });
    }

    @PostMapping("/admin/users/{username}/disable")
    String disable(@AuthenticationPrincipal SignedInUser user, @PathVariable String username, RedirectAttributes flash) {
        return act(flash, "/admin/users", () -> {
            admin.disable(user.account(), username);
            return "已停用 " + username + "；重设密码即可重新启用。";
        });
    }

    @PostMapping("/admin/users/{username}/remove")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String username, RedirectAttributes flash) {
        return act(flash, "/admin/users", () -> {
            admin.removeUser(user.account(), username);
            return "已删除用户 " + username + "。";
        });
    }

    // ---- code lists and audit log -----------------------------------------------------------------------------------

    @GetMapping("/admin/codes")
    String codes(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Scheme scheme, @RequestParam(required = false) String q, Model model) {
        List<Integer> years = codeLists.years(user.account());
        int shownYear = year != null ? year : years.isEmpty() ? 0 : years.get(years.size() - 1);
        Scheme shownScheme = scheme == null ? Scheme.values()[0] : scheme;
        var entries = shownYear == 0 ? List.<org.jixiao.codes.CodeEntry>of() : admin.codes(user.account(), shownYear, shownScheme, q);
        model.addAttribute("years", years);
        model.addAttribute("schemes", Scheme.values());
        model.addAttribute("year", shownYear);
        model.addAttribute("scheme", shownScheme);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("total", entries.size());
        model.addAttribute("entries", entries.size() > 1000 ? entries.subList(0, 1000) : entries);
        return "admin/codes";
    }

    @PostMapping("/admin/codes")
    String addCode(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) Scheme scheme, @RequestParam String code, @RequestParam String name, RedirectAttributes flash) {
        Integer y = year == null || year.isBlank() ? null : parseYear(year);
        return act(flash, codesPage(y, scheme, code.strip()), () -> {
            var added = codeLists.add(user.account(), y, scheme, code, name, null, null);
            return "已新增编码 " + added.code() + " " + added.name() + "（" + y + "年" + scheme.label() + "）。";
        });
    }

    @PostMapping("/admin/codes/{year}/{scheme}/{code}/rename")
    String renameCode(@AuthenticationPrincipal SignedInUser user, @PathVariable int year, @PathVariable Scheme scheme, @PathVariable String code,
            @RequestParam String name, @RequestParam(required = false) String q, RedirectAttributes flash) {
        return act(flash, codesPage(year, scheme, q), () -> {
            var renamed = codeLists.rename(user.account(), year, scheme, code, name);
            return "编码 " + renamed.code() + " 已改名为“" + renamed.name() + "”。";
        });
    }

    @PostMapping("/admin/codes/{year}/{scheme}/{code}/remove")
    String removeCode(@AuthenticationPrincipal SignedInUser user, @PathVariable int year, @PathVariable Scheme scheme, @PathVariable String code,
            @RequestParam(required = false) String q, RedirectAttributes flash) {
        return act(flash, codesPage(year, scheme, q), () -> {
            codeLists.remove(user.account(), year, scheme, code);
            return "已从" + year + "年" + scheme.label() + "中删除编码 " + code + "。";
        });
    }

    @PostMapping("/admin/codes/import")
    String importCodes(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) Scheme scheme, @RequestParam(required = false) MultipartFile file, RedirectAttributes flash) {
        Integer y = year == null || year.isBlank() ? null : parseYear(year);
        return act(flash, codesPage(y, scheme, null), () -> {
            if (file == null || file.isEmpty()) throw new Invalid("请选择要导入的代码表 CSV 文件（编码,名称）。");
            CodeImport done;
            try {
                done = codeLists.importList(user.account(), y, scheme, file.getOriginalFilename(), file.getBytes());
            } catch (IOException e) {
                throw new Invalid("上传的文件无法读取，请重新上传。");
            }
            return "导入完成（" + done.year() + "年" + scheme.label() + "，" + done.charset() + "）：新增 " + done.added() + " 条，改名 " + done.renamed()
                    + " 条，未变 " + done.unchanged() + " 条。";
        });
    }

    @GetMapping("/admin/audit")
    String audit(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) Long report,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Long before, Model model) {
        Instant start = day(from, "起始日期");
        Instant end = to == null || to.isBlank() ? null : day(to, "截止日期").plusSeconds(86_400); // the whole last day
        List<AuditEntry> page = admin.audit(user.account(),
                new AuditQuery(blank(actor), blank(action), report, null, start, end, before, AUDIT_PAGE + 1));
        boolean more = page.size() > AUDIT_PAGE;
        List<AuditEntry> shown = more ? page.subList(0, AUDIT_PAGE) : page;
        var filter = new StringBuilder();
        param(filter, "actor", blank(actor));
        param(filter, "action", blank(action));
        param(filter, "report", report == null ? null : report.toString());
        var export = new StringBuilder(filter);
        param(filter, "from", blank(from));
        param(filter, "to", blank(to));
        param(export, "from", start == null ? null : start.toString());
        param(export, "to", end == null ? null : end.toString());
        model.addAttribute("entries", shown);
        model.addAttribute("actor", actor == null ? "" : actor);
        model.addAttribute("action", action == null ? "" : action);
        model.addAttribute("report", report);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("nextPage", more ? "/admin/audit?" + filter + "before=" + shown.get(shown.size() - 1).id() : null);
        model.addAttribute("firstPage", before == null ? null : "/admin/audit?" + filter);
        model.addAttribute("exportUrl", "/api/v1/admin/audit.csv?" + export);
        model.addAttribute("time", (java.util.function.Function<Instant, String>) SHOWN::format);
        return "admin/audit";
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    /** Runs a change; back to {@code page} with its notice, or with the refusal and its details. */
    private static String act(RedirectAttributes flash, String page, Supplier<String> change) {
        try {
            flash.addFlashAttribute("notice", change.get());
        } catch (Problem problem) {
            flash.addFlashAttribute("error", problem.getMessage());
            flash.addFlashAttribute("errorDetails", new ArrayList<>(problem.details()));
        }
        return "redirect:" + page;
    }

    private static String codesPage(Integer year, Scheme scheme, String q) {
        var query = new StringBuilder();
        param(query, "year", year == null ? null : year.toString());
        param(query, "scheme", scheme == null ? null : scheme.name());
        param(query, "q", blank(q));
        return query.isEmpty() ? "/admin/codes" : "/admin/codes?" + query.substring(0, query.length() - 1);
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) throw new Invalid("请选择要导入的 CSV 文件（单位编码,单位名称,区编码[,区名称]）。");
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new Invalid("上传的文件无法读取，请重新上传。");
        }
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new Invalid("年度“" + year + "”不是四位数字的年份，请改正（例如 2024）。");
        }
    }

    private static Instant day(String text, String what) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(BEIJING).toInstant();
        } catch (DateTimeParseException e) {
            throw new Invalid(what + "“" + text + "”格式不正确，请写成 2024-03-31。");
        }
    }

    private static void param(StringBuilder query, String name, String value) {
        if (value == null) return;
        query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
