package org.jixiao.report.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's annual report (报告): header, 单位概况, 部门决算 and 绩效自评 parts, and the narrative
 * (情况说明, 自评报告, 名词解释) as numbered sections. Any part may be absent when the document lacks it.
 */
public record Report(
        String formatVersion,
        ReportHeader header,
        SourceDocument source,
        UnitProfile unit,
        FinalAccounts finalAccounts,
        SelfEvaluation selfEvaluation,
        List<Section> narrative) {

    /** The version of the JSON exchange format this model writes (docs/report-format.md). */
    public static final String FORMAT_VERSION = "1.0";

    public Report {
        Objects.requireNonNull(formatVersion, "formatVersion");
        Objects.requireNonNull(header, "header");
        narrative = narrative == null ? List.of() : List.copyOf(narrative);
    }

    public Optional<FinalAccounts> finalAccountsPart() {
        return Optional.ofNullable(finalAccounts);
    }

    public Optional<SelfEvaluation> selfEvaluationPart() {
        return Optional.ofNullable(selfEvaluation);
    }
}
