package org.jixiao.server.audit;

import java.util.List;

/** The append-only audit log. Writes join the caller's transaction: a change and its entry commit together. */
public interface AuditLog {

    void record(AuditEntry entry);

    default void recordAll(List<AuditEntry> entries) {
        entries.forEach(this::record);
    }

    /** Entries matching the query, newest first. */
    List<AuditEntry> find(AuditQuery query);
}
