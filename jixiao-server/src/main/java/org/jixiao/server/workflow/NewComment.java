package org.jixiao.server.workflow;

import io.swagger.v3.oas.annotations.media.Schema;

/** A comment as a reviewer writes it: where it points (or null for the whole report) and what it says. */
@Schema(description = "审核意见：锚点（单元格的 JSON Pointer 或核查结果的 key，空表示整份报告）与意见内容")
public record NewComment(
        @Schema(description = "单元格 JSON Pointer 或 finding key", example = "/finalAccounts/tables/0/rows/0/cells/project") String anchor,
        @Schema(description = "意见内容", example = "项目支出与明细不符，请核对") String body) {
}
