package org.jixiao.report.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.shared.Provenance;

/**
 * One public table (公开表) as stated: its kind, its number in this document ({@code 公开03表}), its title,
 * the unit it declares ({@code 万元}), rows keyed by classification code or semantic key, the notes printed
 * under it (注：…), and an empty-table statement (故本表无数据) when the table is published empty.
 */
public record StatementTable(
        TableKind kind,
        String number,
        String title,
        String unitLabel,
        List<TableRow> rows,
        List<String> notes,
        String emptyStatement,
        Provenance at) {

    public StatementTable {
        Objects.requireNonNull(kind, "kind");
        rows = rows == null ? List.of() : List.copyOf(rows);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Optional<TableRow> row(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** A label for messages: the stated number, else the title. */
    public String label() {
        return number != null ? number : title != null ? title : kind.name();
    }
}
