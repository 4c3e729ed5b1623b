package org.jixiao.report.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.shared.Figure;
import org.jixiao.shared.Provenance;

/**
 * One row of a public table. The key is a classification code ({@code 201}, {@code 2010301}, {@code 30101})
 * or a semantic key ({@code total}, {@code income.general-budget}); cells are keyed by column meaning
 * ({@code total}, {@code basic}, {@code project} …, see docs/report-format.md). A blank cell of a stated row
 * is a stated blank; a missing cell is "not stated".
 */
public record TableRow(String key, String name, Map<String, Figure> cells, Provenance at) {

    public TableRow {
        Objects.requireNonNull(key, "key");
        cells = cells == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells));
    }

    public Optional<Figure> cell(String column) {
        return Optional.ofNullable(cells.get(column));
    }

    /** True when the key is a classification code (类 3 digits, 款 5, 项 7). */
    public boolean isCode() {
        if (key.length() != 3 && key.length() != 5 && key.length() != 7) return false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}
