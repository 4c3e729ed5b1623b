package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/**
 * A stated count equals the number of items listed (SPEC §3). {@code form: inline}: "内设科室5个，分别是：A、B、
 * C…" (items separated by 、, up to the next ，。；); {@code form: paragraphs}: "…共3个，具体情况如下：" followed
 * by paragraphs that open with 一是/二是…, （一）… or 1、….
 */
final class ListCountKind extends NarrativeKind {

    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;]");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、，,]");
    private static final Pattern NUMERAL = Pattern.compile("[一二三四五六七八九十\\d]");

    private static final Pattern RESPECTIVELY = Pattern.compile("分别(为|是)[:：]?");
    private static final Pattern AS_FOLLOWS = Pattern.compile("如下[:：]\\s*$");
    private static final Pattern ENUMERATED = Pattern.compile("^\\s*([一二三四五六七八九十]+是|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[、.．])");
    private static final Set<String> ITEM_UNITS = Set.of("个", "家", "名");

    ListCountKind() {
        super("narrative-list-count", Set.of("form"), Set.of("form"));
    }

    @Override
    List<Violation> check(Narrative n, RuleParameters parameters) {
        boolean inline = parameters.required("form").equals("inline");
        List<Violation> out = new ArrayList<>();
        List<Passage> passages = n.passages();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            if (inline) inline(p).ifPresent(out::add);
            else paragraphs(passages, i).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Violation> inline(Passage p) {
        if (!p.norm().contains("分别")) return Optional.empty(); // what RESPECTIVELY needs; most paragraphs stop here
        Matcher m = RESPECTIVELY.matcher(p.norm());
        if (!m.find()) return Optional.empty();
        Optional<Mention> count = countBefore(p, m.start());
        if (count.isEmpty()) return Optional.empty();
        String rest = p.norm().substring(m.end());
        String list = CLAUSE_END.split(rest, 2)[0];
        List<String> items = Arrays.stream(list.split("、")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        int stated = count.get().value().intValue();
        if (items.size() == stated || items.size() < 2) return Optional.empty();
        String sentenceList = SENTENCE_END.split(rest, 2)[0];
        if (LIST_SEPARATOR.split(sentenceList).length == stated) return Optional.empty();
        return Optional.of(violation(p.location(count.get()), count.get().raw(), items.size() + count.get().unit(),
                "列举" + items.size() + "项：" + String.join("、", items)));
    }

    private static Optional<Violation> paragraphs(List<Passage> passages, int i) {
        Passage p = passages.get(i);
        if (!p.norm().contains("如下")) return Optional.empty(); // what AS_FOLLOWS needs
        Matcher m = AS_FOLLOWS.matcher(p.norm());
        if (!m.find()) return Optional.empty();
        Optional<Mention> count = countBefore(p, m.start());
        if (count.isEmpty()) return Optional.empty();
        List<String> items = new ArrayList<>();
        String style = null;
        for (int j = i + 1; j < passages.size(); j++) {
            Passage next = passages.get(j);
            Matcher e = ENUMERATED.matcher(next.norm());
            if (!e.find() || !java.util.Objects.equals(next.section(), p.section())) break;
            String itemStyle = NUMERAL.matcher(e.group(1)).replaceAll("");
            if (style != null && !style.equals(itemStyle)) break;
            style = itemStyle;
            items.add(e.group(1));
        }
        int stated = count.get().value().intValue();
        if (items.isEmpty() || items.size() == stated) return Optional.empty();
        return Optional.of(violation(p.location(count.get()), count.get().raw(), items.size() + count.get().unit(),
                "其后列举" + items.size() + "段：" + String.join("、", items)));
    }

    /** The count the list belongs to: the last 个/家/名 count before it, in the same or the previous sentence. */
    private static Optional<Mention> countBefore(Passage p, int position) {
        int sentence = p.sentenceAt(Math.max(0, position - 1));
        Mention found = null;
        for (Mention x : p.mentions()) {
            if (x.start() >= position) break;
            if (x.type() == Mention.Type.COUNT && ITEM_UNITS.contains(x.unit()) && x.sentence() >= sentence - 1) found = x;
        }
        return Optional.ofNullable(found);
    }
}
