package org.jixiao.report.domain;

/** The kind of a 自评表. */
public enum SheetKind {
    /** 部门整体支出绩效自评表. */
    WHOLE,
    /** 项目支出绩效自评表. */
    PROJECT
}
