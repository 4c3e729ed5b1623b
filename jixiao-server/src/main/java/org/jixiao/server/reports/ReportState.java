package org.jixiao.server.reports;

/** Where a report is in the workflow (SPEC §6). The names are stored in {@code reports.state}. */
public enum ReportState {
    /** 草稿: the unit is filling it in. */
    DRAFT("草稿"),
    /** 已提交: the unit submitted it, all ERRORs fixed and all WARNINGs explained. */
    SUBMITTED("已提交"),
    /** 退回: the reviewer sent it back with comments. */
    RETURNED("退回"),
    /** 已审核: the reviewer approved it. */
    APPROVED("已审核"),
    /** 已公开: published, immutable; a correction is a new version. */
    PUBLISHED("已公开");

    private final String label;

    ReportState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the unit may change the content in this state. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean canMoveTo(ReportState next) {
        return switch (this) {
            case DRAFT, RETURNED -> next == SUBMITTED;
            case SUBMITTED -> next == RETURNED || next == APPROVED;
            case APPROVED -> next == PUBLISHED;
            // A correction: the unit prepares a new version while the public still sees the published one.
            case PUBLISHED -> next == DRAFT;
        };
    }
}
