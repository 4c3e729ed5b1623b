package org.jixiao.codes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The code lists of every fiscal year shipped in {@code codes/} on the class path (listed in
 * {@code codes/years.txt}). A year without its own files uses the latest earlier year's lists, and
 * {@link #yearUsedFor(int)} says which.
 *
 * <p>File format: UTF-8 CSV {@code code,name}; lines starting with {@code #} are comments, and the comment
 * {@code # source: …} names where the list came from. Level and parent follow from the code's length.
 */
public final class CodeLists implements CodeListSource {

    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

    private final NavigableMap<Integer, YearCodeLists> byYear;

    private CodeLists(NavigableMap<Integer, YearCodeLists> byYear) {
        this.byYear = byYear;
    }

    /** Loads the lists shipped with Jixiao. */
    public static CodeLists bundled() {
        ClassLoader loader = CodeLists.class.getClassLoader();
        List<Integer> years = readYears(loader);
        NavigableMap<Integer, YearCodeLists> byYear = new TreeMap<>();
        for (int year : years) {
            Map<Scheme, CodeList> schemes = new EnumMap<>(Scheme.class);
            for (Scheme scheme : Scheme.values()) {
                String resource = "codes/" + year + "/" + scheme.fileName();
                try (InputStream in = loader.getResourceAsStream(resource)) {
                    if (in == null) throw new CodeListFormatException(resource, 0, "文件不存在");
                    schemes.put(scheme, parse(resource, scheme, year, in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            byYear.put(year, new YearCodeLists(year, schemes));
        }
        return new CodeLists(byYear);
    }

    @Override
    public YearCodeLists forYear(int year) {
        return byYear.get(yearUsedFor(year));
    }

    /** The year whose files serve {@code year}: itself if shipped, else the latest earlier one. */
    public int yearUsedFor(int year) {
        Integer key = byYear.floorKey(year);
        if (key == null) key = byYear.firstKey();
        return key;
    }

    public List<Integer> years() {
        return List.copyOf(byYear.keySet());
    }

    static CodeList parse(String file, Scheme scheme, int year, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String source = null;
        List<CodeEntry> entries = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            if (line.startsWith("#")) {
                String comment = line.substring(1).strip();
                if (comment.startsWith("source:")) source = comment.substring("source:".length()).strip();
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) throw new CodeListFormatException(file, number, "应为 编码,名称");
            String code = line.substring(0, comma).strip();
            String name = line.substring(comma + 1).strip();
            if (code.equals("code")) continue;
            if (!CODE.matcher(code).matches()) throw new CodeListFormatException(file, number, "编码应为3、5或7位数字：" + code);
            if (scheme == Scheme.ECONOMIC && code.length() == 7) throw new CodeListFormatException(file, number, "经济分类没有7位编码：" + code);
            if (name.isEmpty()) throw new CodeListFormatException(file, number, "缺少名称：" + code);
            if (!seen.add(code)) throw new CodeListFormatException(file, number, "编码重复：" + code);
            int level = code.length() == 3 ? 1 : code.length() == 5 ? 2 : 3;
            String parent = level == 1 ? null : code.substring(0, code.length() - 2);
            if (parent != null && !seen.contains(parent)) {
                throw new CodeListFormatException(file, number, "上级编码 " + parent + " 未在此前列出");
            }
            entries.add(new CodeEntry(code, name, level, parent));
        }
        if (source == null) throw new CodeListFormatException(file, 1, "缺少来源说明（# source: …）");
        return new CodeList(scheme, year, source, entries);
    }

    private static List<Integer> readYears(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("codes/years.txt")) {
            if (in == null) throw new CodeListFormatException("codes/years.txt", 0, "文件不存在");
            List<Integer> years = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("#")) years.add(Integer.parseInt(line.strip()));
            }
            return years;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
