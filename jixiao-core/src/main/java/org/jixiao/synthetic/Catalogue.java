package org.jixiao.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The data files of the generator ({@code synthetic/*.tsv}): tab-separated lines, {@code #} comments. */
final class Catalogue {

    private Catalogue() {
    }

    static List<String[]> rows(String file) {
        String path = "/synthetic/" + file;
        try (InputStream in = Catalogue.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** key → variants, from a two-column file. */
    static Map<String, List<String>> variants(String file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String[] row : rows(file)) out.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        return out;
    }
}
