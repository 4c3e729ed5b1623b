package org.jixiao.server.editing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jixiao.report.domain.Report;
import org.jixiao.rendering.DraftedNarrative;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One paragraph of the 情况说明 as the documents draft it (jixiao-render's {@link DraftedNarrative}): the sentences
 * generated from the tables (read-only in the editor) apart from what a person writes, and the narrative sections of
 * the report that text comes from, as JSON pointers ({@code /narrative/4}) the editor shows the sentences beside.
 */
@Schema(description = "由表格自动生成的情况说明段落：生成的语句（只读）、人工撰写的原因及其所在的文字段落")
public record DraftedView(
        @Schema(description = "该段上方的标题（章、节、项）", example = "[\"一、收入支出决算总体情况说明\"]") List<String> headings,
        @Schema(description = "由表格生成的语句（只读；改表中的数，语句随之改变）") List<String> generated,
        @Schema(description = "人工撰写的文字：从本报告文字部分取出的原因（主要原因是……），或整段照录的部分") List<String> human,
        @Schema(description = "人工文字所在（或应写在）的文字部分，JSON Pointer", example = "[\"/narrative/4\"]") List<String> sources,
        @Schema(description = "整段由人工撰写、照录本报告（预算绩效情况、其他重要事项）") boolean copied) {

    private static final Logger log = LoggerFactory.getLogger(DraftedView.class);

    /** The drafted paragraphs of the report; empty (and logged) if drafting fails, so that the editor still opens. */
    public static List<DraftedView> of(Report report) {
        try {
            return DraftedNarrative.of(report).stream().map(p -> new DraftedView(p.headings(), p.generated(), p.human(),
                    p.sources().stream().map(i -> "/narrative/" + i).toList(), p.copied())).toList();
        } catch (RuntimeException e) {
            log.warn("情况说明未能生成（{} {}年度）：{}", report.header().unitName(), report.header().fiscalYear(), e.toString());
            return List.of();
        }
    }
}
