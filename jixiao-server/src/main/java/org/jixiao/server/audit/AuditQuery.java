package org.jixiao.server.audit;

import java.time.Instant;

/** Which entries to list: null fields do not filter; newest first, at most {@code limit} after {@code beforeId}. */
public record AuditQuery(String actor, String action, Long reportId, Long districtId, Instant from, Instant to, Long beforeId, int limit) {

    public AuditQuery {
        if (limit < 1 || limit > 10_000) throw new IllegalArgumentException("limit " + limit + " outside 1–10000");
    }

    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, null, limit);
    }

    public static AuditQuery ofReport(long reportId, int limit) {
        return new AuditQuery(null, null, reportId, null, null, null, null, limit);
    }
}
