package org.jixiao.server.carryover;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One prior-year field of this year's report and what last year's report says for it: the place (JSON pointer, null
 * when this year's report has no such row or part), its label, last year's value and where it stands, this year's
 * value as saved, and what carrying it over would do.
 */
@Schema(description = "本报告的一个上年数字段与上年报告中对应的数")
public record PriorYearField(
        @Schema(description = "本报告中该字段的 JSON Pointer；本报告没有该行或该部分时为 null", example = "/finalAccounts/tables/0/rows/44/cells/prior")
        String pointer,
        @Schema(description = "本报告中的位置", example = "公开01表 收入支出决算总表 · 总计（收入） · 上年决算数") String label,
        @Schema(description = "上年报告中的位置", example = "2023年度 公开01表 · 总计（收入） · 决算数") String from,
        @Schema(description = "上年报告中的数（原文）", example = "1,474.07") String value,
        @Schema(description = "本报告已保存的值；未填写时为 null") String current,
        @Schema(description = "FILL 将带入（本报告为空）、SAME 相同、DIFFERENT 不同（保留本报告的数，不覆盖）、NO_PLACE 本报告没有该位置")
        Status status,
        @Schema(description = "状态的中文说明", example = "将带入") String statusLabel) {

    /** What carrying the value over does. Only {@link #FILL} changes anything. */
    public enum Status {
        FILL("将带入"), SAME("相同"), DIFFERENT("与上年报告不同，保留本报告的数"), NO_PLACE("本报告没有此位置，未带入");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static PriorYearField of(String pointer, String label, String from, String value, String current, Status status) {
        return new PriorYearField(pointer, label, from, value, current, status, status.label());
    }
}
