package org.jixiao.server.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.problems.Forbidden;
import org.jixiao.server.security.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for administrators: browse (newest first, paged by {@code before}) and export as CSV. */
@RestController
class AuditApi {

    private final AuditLog log;

    AuditApi(AuditLog log) {
        this.log = log;
    }

    @Operation(summary = "浏览审计日志（管理员，新的在前）")
    @GetMapping("/api/v1/admin/audit")
    List<AuditEntry> browse(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) Long report,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Long before, @RequestParam(defaultValue = "200") int limit) {
        requireAdmin(user.account());
        return log.find(new AuditQuery(blank(actor), blank(action), report, null, from, to, before, Math.max(1, Math.min(limit, 1000))));
    }

    /** The whole selection as UTF-8 CSV with a byte-order mark, so that Excel opens the Chinese correctly. */
    @Operation(summary = "导出审计日志 CSV（管理员）")
    @GetMapping(path = "/api/v1/admin/audit.csv")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) Long report,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        requireAdmin(user.account());
        var csv = new StringBuilder("\uFEFF编号,时间,操作人,操作,对象,报告,单位,区,说明,修改前,修改后\r\n");
        for (AuditEntry e : log.find(new AuditQuery(blank(actor), blank(action), report, null, from, to, null, 10_000))) {
            csv.append(e.id()).append(',').append(e.occurredAt()).append(',').append(cell(e.actor())).append(',').append(cell(e.action()))
                    .append(',').append(cell(e.subject())).append(',').append(e.reportId() == null ? "" : e.reportId()).append(',')
                    .append(e.unitId() == null ? "" : e.unitId()).append(',').append(e.districtId() == null ? "" : e.districtId()).append(',')
                    .append(cell(e.detail())).append(',').append(cell(e.before())).append(',').append(cell(e.after())).append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void requireAdmin(Account who) {
        if (who.role() != Role.ADMIN) throw new Forbidden("只有管理员可以查看审计日志。");
    }

    /** A CSV field, quoted when needed; a leading = + - @ is prefixed so that a spreadsheet never runs it as a formula. */
    static String cell(String value) {
        if (value == null) return "";
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) v = "\"" + v.replace("\"", "\"\"") + "\"";
        return v;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
