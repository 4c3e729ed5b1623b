package org.jixiao.server.editing;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One edit of the report, addressed by a JSON pointer into the canonical report. {@code op} says what it does:
 * <ul>
 * <li>{@code set} (or absent): the value at {@code pointer} (e.g. {@code /finalAccounts/tables/0/rows/3/cells/amount})
 * becomes the text the user typed; "" removes it (missing means "cannot check", never zero);</li>
 * <li>{@code insertRow}: an empty row is inserted into a row list at {@code pointer}
 * ({@code /finalAccounts/tables/4/rows/3}: before the row now at index 3; index = length appends), shaped as
 * {@link RowLists} says; {@code value} must be absent — the new row is filled by the {@code set} edits after it;</li>
 * <li>{@code removeRow}: the row at {@code pointer} is removed from its row list.</li>
 * </ul>
 * Edits apply in order, each to the report as the edits before it left it (pointers after an insert or a removal
 * count the rows as they are then).
 */
@Schema(description = "一处修改：set 修改单元格（默认），insertRow 在行列表中插入空行，removeRow 删除一行；按顺序套用，每处的位置按此前各处修改后的报告计")
public record CellEdit(
        @Schema(description = "JSON Pointer：单元格（set），或行列表中的行位置（insertRow/removeRow）", example = "/finalAccounts/tables/0/rows/3/cells/amount") String pointer,
        @Schema(description = "set：按用户输入的文本；空字符串删除该值（缺失表示无法核查，不等于零）。insertRow/removeRow 不带取值", example = "40.00") String value,
        @Schema(description = "修改类型：set（默认）、insertRow、removeRow", allowableValues = {"set", "insertRow", "removeRow"}, example = "set") String op) {

    public static final String SET = "set";
    public static final String INSERT_ROW = "insertRow";
    public static final String REMOVE_ROW = "removeRow";

    /** A cell edit ({@code set}). */
    public CellEdit(String pointer, String value) {
        this(pointer, value, null);
    }

    public static CellEdit insertRow(String pointer) {
        return new CellEdit(pointer, null, INSERT_ROW);
    }

    public static CellEdit removeRow(String pointer) {
        return new CellEdit(pointer, null, REMOVE_ROW);
    }

    /** The kind of edit, {@code set} when none is given. */
    String kind() {
        return op == null || op.isBlank() ? SET : op.strip();
    }
}
