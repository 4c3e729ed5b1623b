package org.jixiao.rendering;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A live spreadsheet formula over other cells named by id: a sum (合计 = Σ 下级), a ratio (执行率 = 执行数 ÷ 预算数)
 * or a product (得分 = 分值 × 执行率). The XLSX renderer turns ids into A1 references.
 */
record Formula(Op op, List<String> refs) {

    /** The operations the tables need. */
    enum Op { SUM, RATIO, PRODUCT }

    Formula {
        refs = List.copyOf(refs);
    }

    static Formula sum(List<String> refs) {
        return new Formula(Op.SUM, refs);
    }

    /** The Excel text, given where each id sits ({@code id → "C7"}). */
    String excel(Map<String, String> address) {
        List<String> a = refs.stream().map(address::get).toList();
        return switch (op) {
            case SUM -> "SUM(" + a.stream().collect(Collectors.joining(",")) + ")";
            case RATIO -> "IF(" + a.get(1) + "=0,0," + a.get(0) + "/" + a.get(1) + ")";
            case PRODUCT -> a.get(0) + "*" + a.get(1);
        };
    }
}
