package org.jixiao.importing.mapping;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.importing.ImportNote;
import org.jixiao.importing.document.Place;
import org.jixiao.shared.Figure;
import org.jixiao.shared.Provenance;

/** The file being mapped and the notes collected on the way; turns places into provenance. */
final class Sink {

    final String file;
    final List<ImportNote> notes = new ArrayList<>();

    Sink(String file) {
        this.file = file;
    }

    Provenance at(Place place, String table) {
        if (place == null) return new Provenance(file, null, null, null, table, null);
        return new Provenance(file, place.line(), place.page(), place.paragraph(), table, place.cell());
    }

    Figure figure(String text, Place place, String table) {
        return Figure.of(text, at(place, table));
    }

    void note(Place place, String table, String reason) {
        notes.add(ImportNote.at(at(place, table), reason));
    }
}
