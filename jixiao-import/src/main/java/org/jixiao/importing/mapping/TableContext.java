package org.jixiao.importing.mapping;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.importing.document.Place;
import org.jixiao.importing.document.TableBlock;
import org.jixiao.report.domain.SheetKind;
import org.jixiao.report.domain.TableKind;

/** What the text around a table says about it: title, number, unit, notes and empty-table statement. */
final class TableContext {

    final TableKind kind;
    final SheetKind sheetKind;
    final String title;
    final Place place;
    String number;
    String unitLabel;
    TableBlock block;
    final List<String> notes = new ArrayList<>();
    String emptyStatement;

    TableContext(TableKind kind, SheetKind sheetKind, String title, Place place) {
        this.kind = kind;
        this.sheetKind = sheetKind;
        this.title = title;
        this.place = place;
    }

    String label() {
        return number != null ? number : title;
    }
}
