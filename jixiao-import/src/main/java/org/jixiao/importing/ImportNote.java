package org.jixiao.importing;

import java.util.Objects;
import org.jixiao.shared.Provenance;

/**
 * Something in the source document the importer kept out of the report, or placed by a guess (导入说明):
 * where it is, in words ({@code 第140行}, {@code 公开01表!C7}), and why, in Chinese.
 */
public record ImportNote(String place, String reason, Provenance at) {

    public ImportNote {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(reason, "reason");
    }

    public static ImportNote at(Provenance at, String reason) {
        String place = at == null ? "" : at.describe();
        return new ImportNote(place, reason, at);
    }

    @Override
    public String toString() {
        return place.isEmpty() ? reason : place + "：" + reason;
    }
}
