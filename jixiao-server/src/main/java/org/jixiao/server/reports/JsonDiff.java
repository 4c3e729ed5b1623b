package org.jixiao.server.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The values that differ between two report trees, leaf by leaf. A figure ({@code {"text": …, "at": …}}) counts
 * as its text: where a value was found in a source document is not a change of the value. Labels name the
 * table, row, indicator or section on the way, e.g. {@code 公开01表 · 一、一般公共预算财政拨款收入 · amount}.
 *
 * <p>The items of two arrays are lined up before they are compared, so that a row inserted into or removed from a
 * table (the editor's row edits) is one row added or removed, not a change of every row after it: items are matched
 * in order by what they are called (a row's key and name, an indicator's levels and name, a section's heading, a
 * paragraph's text; other items by their whole content), the longest such sequence wins, and the items between two
 * matches are compared in order, the extra ones being added or removed. A change is reported at the pointer of the
 * newer version, a removed value at that of the older one.
 */
public final class JsonDiff {

    /** Keys that only group what follows; the names of the things inside say more. */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("finalAccounts", "selfEvaluation", "cells", "funds");

    private static final List<String> NAMING_FIELDS = List.of("number", "name", "label", "heading", "title", "level1", "key");

    /** The fields that tell one array item from another (what it is called, not its figures). */
    private static final List<String> IDENTITY_FIELDS = List.of("kind", "number", "key", "projectName", "part", "level1", "level2", "name",
            "label", "heading", "text");

    /** Arrays longer than this (both sides multiplied) are compared in order, without lining up. */
    private static final long MAX_ALIGNMENT = 1_000_000;

    private JsonDiff() {
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        var changes = new ArrayList<Change>();
        diff(before, after, "", "", "", changes);
        changes.sort((x, y) -> comparePointers(x.pointer(), y.pointer()));
        return changes;
    }

    /** The value at a pointer as written, a figure as its text; null when there is none. */
    public static String valueAt(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() || node.isNull()) return null;
        if (node.isObject() && node.has("text")) return node.get("text").asText();
        return node.isValueNode() ? node.asText() : null;
    }

    /**
     * Compares {@code a} (older, at {@code pa}) with {@code b} (newer, at {@code pb}); either may be null (absent),
     * and {@code pa} or {@code pb} is null where the item does not exist on that side at all (a removed or added row).
     */
    private static void diff(JsonNode a, JsonNode b, String pa, String pb, String label, List<Change> out) {
        if (a != null && (a.isMissingNode() || a.isNull())) a = null;
        if (b != null && (b.isMissingNode() || b.isNull())) b = null;
        if (a == null && b == null) return;
        String pointer = pb != null ? pb : pa;
        if (pointer.equals("/source") || pointer.endsWith("/at")) return;
        boolean leafA = a == null || leaf(a);
        boolean leafB = b == null || leaf(b);
        if (leafA && leafB) {
            String va = value(a);
            String vb = value(b);
            if (va == null ? vb != null : !va.equals(vb)) out.add(new Change(pointer, label, va, vb));
            return;
        }
        if (a != null && b != null && (a.getNodeType() != b.getNodeType() || leafA || leafB)) {
            diff(a, null, pa, null, label, out); // an object became a list or a value: all of the one out, all of the other in
            diff(null, b, null, pb, label, out);
            return;
        }
        JsonNode shape = b != null ? b : a;
        if (shape.isObject()) {
            var keys = new LinkedHashSet<String>();
            if (b != null) b.fieldNames().forEachRemaining(keys::add);
            if (a != null) a.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode ca = a == null ? null : a.get(key);
                JsonNode cb = b == null ? null : b.get(key);
                JsonNode child = cb != null ? cb : ca;
                String childLabel = child.isArray() || CONTAINERS.contains(key) ? label : join(label, key);
                diff(ca, cb, pa == null ? null : pa + "/" + escape(key), pb == null ? null : pb + "/" + escape(key), childLabel, out);
            }
            return;
        }
        int n = a == null ? 0 : a.size();
        int m = b == null ? 0 : b.size();
        for (int[] pair : align(a, b, n, m)) {
            JsonNode ia = pair[0] < 0 ? null : a.get(pair[0]);
            JsonNode ib = pair[1] < 0 ? null : b.get(pair[1]);
            String itemLabel = join(label, ib != null ? name(ib, pair[1]) : name(ia, pair[0]));
            diff(ia, ib, pair[0] < 0 || pa == null ? null : pa + "/" + pair[0], pair[1] < 0 || pb == null ? null : pb + "/" + pair[1], itemLabel, out);
        }
    }

    /**
     * Pairs of indexes {older, newer} (-1 where an item has no partner), in order: the longest common sequence of
     * item identities, the items between two matches paired in order, the rest alone.
     */
    private static List<int[]> align(JsonNode a, JsonNode b, int n, int m) {
        List<int[]> pairs = new ArrayList<>();
        if (n == 0 || m == 0 || (long) n * m > MAX_ALIGNMENT) {
            for (int i = 0; i < Math.max(n, m); i++) pairs.add(new int[] {i < n ? i : -1, i < m ? i : -1});
            return pairs;
        }
        String[] ia = new String[n];
        String[] ib = new String[m];
        for (int i = 0; i < n; i++) ia[i] = identity(a.get(i));
        for (int j = 0; j < m; j++) ib[j] = identity(b.get(j));
        int[][] common = new int[n + 1][m + 1]; // common[i][j]: longest common sequence of ia[i..] and ib[j..]
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = ia[i].equals(ib[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int runA = 0;
        int runB = 0;
        while (i < n || j < m) {
            if (i < n && j < m && ia[i].equals(ib[j]) && common[i][j] == common[i + 1][j + 1] + 1) {
                pairRun(pairs, runA, i, runB, j);
                pairs.add(new int[] {i++, j++});
                runA = i;
                runB = j;
            } else if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                i++;
            } else {
                j++;
            }
        }
        pairRun(pairs, runA, n, runB, m);
        return pairs;
    }

    /** The unmatched items between two matches: in order, one of each side together, the extras alone. */
    private static void pairRun(List<int[]> pairs, int fromA, int toA, int fromB, int toB) {
        for (int k = 0; k < Math.max(toA - fromA, toB - fromB); k++) {
            pairs.add(new int[] {fromA + k < toA ? fromA + k : -1, fromB + k < toB ? fromB + k : -1});
        }
    }

    private static String identity(JsonNode item) {
        if (!item.isObject()) return "=" + item;
        StringBuilder id = new StringBuilder();
        for (String field : IDENTITY_FIELDS) {
            JsonNode v = item.get(field);
            if (v == null) continue;
            id.append(field).append('=').append(v.isObject() && v.has("text") ? v.get("text").asText() : v.isValueNode() ? v.asText() : "").append('\u0001');
        }
        return id.length() == 0 ? "=" + item : id.toString();
    }

    private static boolean leaf(JsonNode node) {
        return node.isValueNode() || node.isObject() && node.has("text") && node.get("text").isValueNode();
    }

    private static String value(JsonNode node) {
        if (node == null) return null;
        if (node.isObject()) return node.get("text").asText();
        return node.asText();
    }

    private static String name(JsonNode item, int index) {
        if (item.isObject()) {
            for (String field : NAMING_FIELDS) {
                JsonNode value = item.get(field);
                if (value != null && value.isTextual() && !value.asText().isBlank()) return value.asText();
            }
        }
        return "第" + (index + 1) + "项";
    }

    private static String join(String label, String part) {
        return label.isEmpty() ? part : label + " · " + part;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** Document order within arrays: /rows/10 after /rows/9. */
    private static int comparePointers(String a, String b) {
        String[] pa = a.split("/", -1);
        String[] pb = b.split("/", -1);
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            if (pa[i].equals(pb[i])) continue;
            boolean na = pa[i].chars().allMatch(Character::isDigit) && !pa[i].isEmpty();
            boolean nb = pb[i].chars().allMatch(Character::isDigit) && !pb[i].isEmpty();
            if (na && nb) return Integer.compare(Integer.parseInt(pa[i]), Integer.parseInt(pb[i]));
            return pa[i].compareTo(pb[i]);
        }
        return Integer.compare(pa.length, pb.length);
    }
}
