package org.jixiao.importing.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** 类 names of the 支出功能分类 → their codes, for summary tables that print names only (function-classes.csv). */
final class FunctionClassNames {

    private static final Map<String, String> BY_NAME = load();

    private FunctionClassNames() {}

    static Optional<String> codeOf(String printedName) {
        String n = Labels.normalise(printedName);
        String code = BY_NAME.get(n);
        if (code == null && !n.endsWith("支出")) code = BY_NAME.get(n + "支出");
        return Optional.ofNullable(code);
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = FunctionClassNames.class.getResourceAsStream("function-classes.csv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) continue;
                String[] parts = line.split(",", 2);
                map.put(Labels.normalise(parts[1]), parts[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
