package org.jixiao.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every classification code printed in the tables of the real 2021 部门决算 (seed 004) exists in the shipped 2021
 * lists, under the printed name. The seed is read from the directory in system property {@code jixiao.seeds}
 * (default {@code /work/shared/seeds}).
 */
class CodeListSeedCoverageTests {

    private static final String SEED = "004_68430ab860a868e4.txt";

    /** A table row: a line starting with a 3-, 5- or 7-digit code, a tab and the printed name. */
    private static final Pattern ROW = Pattern.compile("^(\\d{3}|\\d{5}|\\d{7})\\t([^\\t]*)");

    /** A code cell anywhere in a row (the 公开07 table prints three code/name column groups side by side). */
    private static final Pattern CELL = Pattern.compile("(?:^|\\t)(\\d{3}|\\d{5}|\\d{7})\\t([^\\t\\d][^\\t]*)");

    private final CodeLists lists = CodeLists.bundled();

    @Test
    void everyCodeAtTheStartOfATableRowExistsIn2021() throws IOException {
        Map<String, String> printed = extract(ROW);
        assertTrue(printed.size() >= 40, "expected the seed's tables, found " + printed.size() + " codes");
        assertAllKnown(printed);
    }

    @Test
    void everyCodeCellOfTheSideBySideTablesExistsIn2021() throws IOException {
        Map<String, String> printed = extract(CELL);
        assertTrue(printed.keySet().containsAll(List.of("30231", "30217", "31013", "39999", "30701")),
                "side-by-side 公开07 columns not found: " + printed.keySet());
        assertAllKnown(printed);
    }

    private void assertAllKnown(Map<String, String> printed) {
        YearCodeLists year = lists.forYear(2021);
        assertEquals(2021, year.year());
        List<String> problems = new ArrayList<>();
        printed.forEach((code, name) -> {
            CodeList list = code.startsWith("3") ? year.economic() : year.functional();
            String shipped = list.nameOf(code).orElse(null);
            if (shipped == null) problems.add(code + " " + name + ": missing from the 2021 " + list.scheme().label());
            else if (!shipped.equals(normalise(name))) problems.add(code + ": printed " + name + ", shipped " + shipped);
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Map<String, String> extract(Pattern pattern) throws IOException {
        Path seed = Path.of(System.getProperty("jixiao.seeds", "/work/shared/seeds")).resolve(SEED);
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            Matcher m = pattern.matcher(line);
            while (m.find()) {
                String name = m.group(2).strip();
                if (!name.isEmpty()) codes.putIfAbsent(m.group(1), name);
                if (pattern == ROW) break;
            }
        }
        return codes;
    }

    /** The seed prints some parentheses half-width; the lists use the full-width form of the publication. */
    private static String normalise(String name) {
        return name.replace('(', '（').replace(')', '）');
    }
}
