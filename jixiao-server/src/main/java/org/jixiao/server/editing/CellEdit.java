package org.jixiao.server.editing;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One edited value: where (a JSON pointer into the canonical report, e.g.
 * {@code /finalAccounts/tables/0/rows/3/cells/amount}) and the new text as the user typed it ("" removes the
 * value: missing means "cannot check", never zero).
 */
@Schema(description = "一个单元格的修改：指向规范 JSON 中单元格的 JSON Pointer 与新值")
public record CellEdit(
        @Schema(description = "JSON Pointer", example = "/finalAccounts/tables/0/rows/3/cells/amount") String pointer,
        @Schema(description = "按用户输入的文本；空字符串删除该值（缺失表示无法核查，不等于零）", example = "40.00") String value) {
}
