package org.jixiao.server.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded change. {@code action} is a stable English name (SAVE_CELL, INSERT_ROW, REMOVE_ROW, SUBMIT, RETURN,
 * APPROVE, PUBLISH, REOPEN, COMMENT, EXPLAIN, IMPORT, SIGN_IN_LOCKED, ADMIN_…); {@code subject} names what changed, for
 * a cell or row the JSON pointer into the report; {@code before} and {@code after} are the values as written (a row
 * as its JSON), null where there was none.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String subject, Long reportId, Long unitId,
        Long districtId, String detail, String before, String after) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
    }

    /** An entry about a report, before it is stored (id and time are given by the log). */
    public static AuditEntry onReport(String actor, String action, String subject, long reportId, long unitId, long districtId,
            String detail, String before, String after) {
        return new AuditEntry(0, null, actor, action, subject, reportId, unitId, districtId, detail, before, after);
    }

    /** An entry about something other than a report (an account, a unit, a fiscal year). */
    public static AuditEntry general(String actor, String action, String subject, String detail, String before, String after) {
        return new AuditEntry(0, null, actor, action, subject, null, null, null, detail, before, after);
    }
}
