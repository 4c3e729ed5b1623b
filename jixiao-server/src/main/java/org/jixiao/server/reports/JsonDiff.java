package org.jixiao.server.reports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The values that differ between two report trees, leaf by leaf. A figure ({@code {"text": …, "at": …}}) counts
 * as its text: where a value was found in a source document is not a change of the value. Labels name the
 * table, row, indicator or section on the way, e.g. {@code 公开01表 · 一、一般公共预算财政拨款收入 · amount}.
 */
public final class JsonDiff {

    /** Keys that only group what follows; the names of the things inside say more. */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("finalAccounts", "selfEvaluation", "cells", "funds");

    private static final List<String> NAMING_FIELDS = List.of("number", "name", "label", "heading", "title", "level1", "key");

    private JsonDiff() {
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        Map<String, Leaf> old = flatten(before);
        Map<String, Leaf> now = flatten(after);
        var pointers = new TreeSet<String>(JsonDiff::comparePointers);
        pointers.addAll(old.keySet());
        pointers.addAll(now.keySet());
        var changes = new ArrayList<Change>();
        for (String pointer : pointers) {
            Leaf a = old.get(pointer);
            Leaf b = now.get(pointer);
            String va = a == null ? null : a.value();
            String vb = b == null ? null : b.value();
            if (va == null ? vb == null : va.equals(vb)) continue;
            changes.add(new Change(pointer, (b != null ? b : a).label(), va, vb));
        }
        return changes;
    }

    /** The value at a pointer as written, a figure as its text; null when there is none. */
    public static String valueAt(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (node.isMissingNode() || node.isNull()) return null;
        if (node.isObject() && node.has("text")) return node.get("text").asText();
        return node.isValueNode() ? node.asText() : null;
    }

    private record Leaf(String value, String label) {}

    private static Map<String, Leaf> flatten(JsonNode root) {
        var leaves = new LinkedHashMap<String, Leaf>();
        walk(root, "", "", leaves);
        return leaves;
    }

    private static void walk(JsonNode node, String pointer, String label, Map<String, Leaf> out) {
        if (pointer.equals("/source") || pointer.endsWith("/at")) return;
        if (node.isObject() && node.has("text") && node.get("text").isValueNode()) {
            out.put(pointer, new Leaf(node.get("text").asText(), label));
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> walk(e.getValue(), pointer + "/" + escape(e.getKey()),
                    e.getValue().isArray() || CONTAINERS.contains(e.getKey()) ? label : join(label, e.getKey()), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                walk(item, pointer + "/" + i, join(label, name(item, i)), out);
            }
        } else if (!node.isNull()) {
            out.put(pointer, new Leaf(node.asText(), label));
        }
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
