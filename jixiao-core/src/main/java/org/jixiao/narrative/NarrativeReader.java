package org.jixiao.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.report.domain.Paragraph;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;

/**
 * Reads {@link Report#narrative()} into {@link Passage}s with their mentions (claim extraction). A paragraph
 * that a text export broke before its unit ({@code 减少34.43} / {@code 万元，减少37.78%}) is joined again.
 */
final class NarrativeReader {

    private static final Pattern STARTS_WITH_UNIT = Pattern.compile("^\\s*(万元|元|%|％)");
    private static final String BOUNDARIES = "，,、；;。：:！？";
    /** Measure words, tried in this order: the one ending last in the clause wins, the longer on a tie. */
    private static final String[] MEASURE_WORDS = {"上年结转", "上年结余", "年初结转", "上年", "年初预算", "全年预算", "预算",
        "决算", "实际支出", "执行数", "支出数", "调增", "追加", "调减", "结余结转", "结转结余", "年末结转", "结余"};
    private static final Measure[] MEASURES = {Measure.CARRIED_IN, Measure.CARRIED_IN, Measure.CARRIED_IN, Measure.PRIOR,
        Measure.INITIAL_BUDGET, Measure.FULL_YEAR_BUDGET, Measure.BUDGET, Measure.ACTUAL, Measure.ACTUAL, Measure.ACTUAL,
        Measure.ACTUAL, Measure.ADJUST_UP, Measure.ADJUST_UP, Measure.ADJUST_DOWN, Measure.BALANCE, Measure.BALANCE,
        Measure.BALANCE, Measure.BALANCE};
    /**
     * Words that name no subject (支出, 数, 合计 …), in the order the former pattern
     * {@code 支出|数|为|是|的|共|计|合计|总额|年度|本年|金额|\d{4}年|中|,|\s} tried them; {@link #onlyFiller} also
     * takes a year (four digits and 年) and blanks.
     */
    private static final String[] FILLER_WORDS = {"支出", "数", "为", "是", "的", "共", "计", "合计", "总额", "年度", "本年", "金额"};
    /** The last characters of the measure words: a measure word ends only at one of them. */
    private static final String MEASURE_LAST_CHARACTERS = lastCharacters(MEASURE_WORDS);
    /** Every character of a measure word or a filler word, 年 and 中 included. */
    private static final String MEASURE_AND_FILLER_CHARACTERS = characters(MEASURE_WORDS) + characters(FILLER_WORDS) + "年中";

    private static String lastCharacters(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (out.indexOf(word.substring(word.length() - 1)) < 0) out.append(word.charAt(word.length() - 1));
        }
        return out.toString();
    }

    private static String characters(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            for (char c : word.toCharArray()) {
                if (out.indexOf(String.valueOf(c)) < 0) out.append(c);
            }
        }
        return out.toString();
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    private final Lexicon lexicon;
    private final int fiscalYear;

    NarrativeReader(Lexicon lexicon, int fiscalYear) {
        this.lexicon = lexicon;
        this.fiscalYear = fiscalYear;
    }

    static List<Passage> read(Report report) {
        return new NarrativeReader(Lexicon.standard(), report.header().fiscalYear()).passages(report);
    }

    List<Passage> passages(Report report) {
        List<Passage> out = new ArrayList<>();
        for (Section section : report.narrative()) {
            List<Paragraph> ps = section.paragraphs();
            for (int i = 0; i < ps.size(); i++) {
                Paragraph p = ps.get(i);
                String text = p.text();
                while (i + 1 < ps.size() && brokenBeforeUnit(text, ps.get(i + 1).text())) {
                    text = text.strip() + ps.get(++i).text().strip();
                }
                // A line of cells separated by tabs is a table row of a text export, not prose.
                if (text.indexOf('\t') >= 0) continue;
                Passage passage = new Passage(out.size(), text, section.heading(), section.part(), p.at());
                passage.mentions(mentions(passage));
                out.add(passage);
            }
        }
        return out;
    }

    private static boolean brokenBeforeUnit(String text, String next) {
        String t = text.strip();
        return !t.isEmpty() && Character.isDigit(t.charAt(t.length() - 1)) && STARTS_WITH_UNIT.matcher(next).find();
    }

    List<Mention> mentions(Passage p) {
        String s = p.norm();
        List<Mention> out = new ArrayList<>();
        int previousEnd = 0;
        for (NumberScan.Found m : NumberScan.of(s)) {
            String unit = m.unit();
            boolean decimal = m.decimals() != null;
            if (unit == null && (!decimal || followedByWord(s, m.end()))) continue;
            if (unit == null && s.startsWith("元/", m.end())) continue;
            int sentence = p.sentenceAt(m.start());
            if (unit == null && firstAmount(s, p.sentenceStart(sentence), p.sentenceEnd(sentence), true) < 0) continue;
            String digits = (m.integer() + (decimal ? m.decimals() : "")).replace(",", "");
            BigDecimal value = new BigDecimal(digits);
            Mention.Type type = unit == null || unit.endsWith("元") ? Mention.Type.MONEY
                    : unit.equals("%") || unit.equals("％") ? Mention.Type.PERCENT : Mention.Type.COUNT;
            if (type == Mention.Type.PERCENT) unit = "%";
            int clauseStart = lastBoundary(s, m.start(), Math.max(previousEnd, p.sentenceStart(sentence)));
            // s is already normalised one character for one (brackets, quotes): only the blanks are left to remove.
            String clause = Lexicon.withoutBlanks(s.substring(clauseStart, m.start()));
            out.add(mention(p, out, type, value, unit, m, sentence, clause));
            previousEnd = m.end();
        }
        return out;
    }

    private Mention mention(Passage p, List<Mention> earlier, Mention.Type type, BigDecimal value, String unit, NumberScan.Found m,
            int sentence, String clause) {
        int scale = Math.max(value.scale(), 0);
        boolean parens = p.depthAt(m.start()) > 0;
        if (type == Mention.Type.PERCENT) {
            Mention.Role role = Mention.Role.NONE;
            String word = null;
            if (clause.contains("完成") && clause.contains("预算")) {
                role = Mention.Role.COMPLETION;
                word = clause.contains("年初预算") ? "年初预算" : "预算";
            } else if (clause.contains("占")) {
                role = Mention.Role.SHARE;
                word = shareWhole(clause.substring(clause.lastIndexOf('占') + 1));
            } else if ((word = Ending.CHANGE.in(clause)) != null) {
                role = Mention.Role.CHANGE;
            }
            return new Mention(type, value, scale, unit, m.text().strip(), m.start(), m.end(), sentence, null, null,
                    Measure.NONE, false, parens, role, word);
        }
        Measure measure = Measure.NONE;
        String word = null;
        if (Ending.ADJUST_UP.in(clause) != null) measure = Measure.ADJUST_UP;
        else if (Ending.ADJUST_DOWN.in(clause) != null) measure = Measure.ADJUST_DOWN;
        else if ((word = Ending.CHANGE.in(clause)) != null) measure = Measure.CHANGE;
        else measure = measureIn(clause);
        if ((measure == Measure.NONE || measure == Measure.ACTUAL) && earlierYear(clause)) measure = Measure.PRIOR;
        String key = null;
        String phrase = null;
        boolean inherited = false;
        var subject = lexicon.lastIn(clause).filter(x -> clause.length() - x.end() <= 10);
        if (subject.isPresent()) {
            Lexicon.Entry e = subject.get().entry();
            phrase = e.phrase();
            if (e.scoped()) {
                key = scoped(p, m.start(), clause, e.key(), this::leadEnd);
            } else {
                String before = clause.substring(0, subject.get().end() - e.phrase().length());
                key = qualified(before, e.key());
                // the words as written, qualifier included (政府性基金预算财政拨款收入), for messages and NAR-DUP-001
                if (!key.equals(e.key())) phrase = clause.substring(qualifierStart(before), subject.get().end());
            }
        } else if (onlyMeasuresAndFiller(clause) && onlyFiller(stripMeasures(clause))) {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Mention x = earlier.get(i);
                if (x.sentence() != sentence) break;
                if (x.key() != null && x.type() == type) {
                    key = x.key();
                    phrase = x.phrase().split("\\|")[0];
                    inherited = true;
                    break;
                }
            }
        }
        if (phrase != null) phrase = phrase + "|" + measure.orActual();
        return new Mention(type, value, scale, unit, m.text().strip(), m.start(), m.end(), sentence, key, phrase, measure,
                inherited, parens, Mention.Role.NONE, word);
    }

    /** True when the clause dates its amount to a year before the report's (2020年决算数 in a 2021 report). */
    private boolean earlierYear(String clause) {
        if (clause.indexOf('年') < 0) return false;
        Matcher y = YEAR.matcher(clause);
        int last = -1;
        while (y.find()) last = Integer.parseInt(y.group(1));
        return last > 0 && last < fiscalYear;
    }

    /**
     * The measure word that ends last in the clause, the longer on a tie, the first of {@link #MEASURE_WORDS} on a
     * further tie: found from the end of the clause, where it usually stands, instead of searching for every word.
     */
    static Measure measureIn(String clause) {
        for (int end = clause.length(); end > 0; end--) {
            if (MEASURE_LAST_CHARACTERS.indexOf(clause.charAt(end - 1)) < 0) continue;
            int bestLength = 0;
            Measure best = null;
            for (int k = 0; k < MEASURE_WORDS.length; k++) {
                String word = MEASURE_WORDS[k];
                if (word.length() > bestLength && end >= word.length() && clause.startsWith(word, end - word.length())
                        && !(k == PLAIN_BUDGET && fundName(clause, end - word.length()))) {
                    bestLength = word.length();
                    best = MEASURES[k];
                }
            }
            if (best != null) return best;
        }
        return Measure.NONE;
    }

    /** The index of the plain 预算 in {@link #MEASURE_WORDS}. */
    private static final int PLAIN_BUDGET = java.util.Arrays.asList(MEASURE_WORDS).indexOf("预算");
    /** Fund names that end in 预算: that 预算 names the fund, it is no budget figure (一般公共预算财政拨款收入 is an actual). */
    private static final String[] FUND_NAMES_BEFORE_BUDGET = {"一般公共", "政府性基金", "国有资本经营"};

    private static boolean fundName(String clause, int budgetStart) {
        for (String name : FUND_NAMES_BEFORE_BUDGET) {
            if (budgetStart >= name.length() && clause.startsWith(name, budgetStart - name.length())) return true;
        }
        return false;
    }

    /**
     * False when a character of the clause belongs to no measure word and to no filler: it would survive
     * {@link #stripMeasures} and {@link #onlyFiller}, so the clause is not filler, and neither needs to run.
     */
    private static boolean onlyMeasuresAndFiller(String clause) {
        for (int i = 0; i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (MEASURE_AND_FILLER_CHARACTERS.indexOf(c) < 0 && !digit(c) && c != ',' && c != ' ' && c != '\t' && c != '\n'
                    && c != '\u000B' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String stripMeasures(String clause) {
        String out = clause;
        for (String word : MEASURE_WORDS) out = out.replace(word, "");
        return out;
    }

    /**
     * True when the text is nothing but filler: what removing every match of the former filler pattern left empty.
     * Matches are removed left to right, so the text is filler when the words cover it one after another.
     */
    static boolean onlyFiller(String text) {
        int at = 0;
        int n = text.length();
        next:
        while (at < n) {
            for (int k = 0; k < FILLER_WORDS.length; k++) {
                if (text.startsWith(FILLER_WORDS[k], at)) {
                    at += FILLER_WORDS[k].length();
                    continue next;
                }
            }
            char c = text.charAt(at);
            if (at + 4 < n && digit(c) && digit(text.charAt(at + 1)) && digit(text.charAt(at + 2)) && digit(text.charAt(at + 3))
                    && text.charAt(at + 4) == '年') {
                at += 5;
            } else if (c == '中' || c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                at++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The fund scope of a scoped subject: a scope word in the clause itself, else in the lead of the paragraph
     * (the words before its first number). 政府性基金 and 国有资本经营 win over 财政拨款.
     */
    private static String scoped(Passage p, int position, String clause, String key, java.util.function.ToIntFunction<Passage> leadEnd) {
        String scope = scopeOf(clause);
        if (scope == null) scope = scopeOf(p.norm().substring(0, Math.min(leadEnd.applyAsInt(p), position)));
        return scope == null ? key : scope + ":" + key;
    }

    /** The passage whose lead end {@link #leadEnd} holds: the mentions of one passage are read one after another. */
    private Passage leadPassage;
    private int leadEnd;

    /** Where the lead of the paragraph ends: its first amount ({@code \d\s*(万元|元|%)}), found once per paragraph. */
    private int leadEnd(Passage p) {
        if (leadPassage != p) {
            String s = p.norm();
            int first = firstAmount(s, 0, s.length(), false);
            leadEnd = first >= 0 ? first : s.length();
            leadPassage = p;
        }
        return leadEnd;
    }

    /**
     * Where the first digit followed by blanks and 万元 (or, unless {@code wanYuanOnly}, 元 or %) stands in
     * {@code s[from, to)}, -1 if none: what {@code \d\s*万元} or {@code \d\s*(万元|元|%)} would find in that region.
     */
    static int firstAmount(String s, int from, int to, boolean wanYuanOnly) {
        for (int i = from; i < to; i++) {
            if (!digit(s.charAt(i))) continue;
            int j = i + 1;
            while (j < to && blank(s.charAt(j))) j++;
            if (j + 1 < to && s.charAt(j) == '万' && s.charAt(j + 1) == '元') return i;
            if (!wanYuanOnly && j < to && (s.charAt(j) == '元' || s.charAt(j) == '%')) return i;
        }
        return -1;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The whole a share names, from the words after 占: without a leading 比 and the trailing 的/比/为/达 (what the
     * former patterns {@code ^比} and {@code (的|比|为|达)+$} removed).
     */
    static String shareWhole(String words) {
        String w = words.startsWith("比") ? words.substring(1) : words;
        int end = w.length();
        while (end > 0 && "的比为达".indexOf(w.charAt(end - 1)) >= 0) end--;
        return w.substring(0, end);
    }

    /**
     * The key of an unscoped subject qualified by the fund named right before it in its clause:
     * 政府性基金预算财政拨款收入 and 国有资本经营预算财政拨款支出 are not the unit's 财政拨款收入/支出. Only the clause
     * counts, never the paragraph's lead, and 财政拨款 itself qualifies nothing here. (一般公共预算财政拨款收入 has its own
     * key in the lexicon: the unqualified 财政拨款收入 is the total of every fund, 公开04表.)
     */
    private static String qualified(String before, String key) {
        String scope = scopeOf(before);
        return scope == null || scope.equals("fiscal") ? key : scope + ":" + key;
    }

    private static int qualifierStart(String before) {
        int at = before.indexOf("政府性基金");
        return at >= 0 ? at : before.indexOf("国有资本经营");
    }

    private static String scopeOf(String text) {
        if (text.contains("政府性基金")) return "government-fund";
        if (text.contains("国有资本经营")) return "state-capital";
        if (text.contains("财政拨款")) return "fiscal";
        return null;
    }

    private static boolean followedByWord(String s, int end) {
        return end < s.length() && "年月日号时分岁届周天期级楼米次场趟余多倍项".indexOf(s.charAt(end)) >= 0;
    }

    /** One of {@link #BOUNDARIES}, by a switch: the clause scan asks for every character it passes. */
    private static boolean boundary(char c) {
        return switch (c) {
            case '，', ',', '、', '；', ';', '。', '：', ':', '！', '？' -> true;
            default -> false;
        };
    }

    /** Where the clause before {@code before} starts: after the last boundary, but not before {@code floor}. */
    private static int lastBoundary(String s, int before, int floor) {
        for (int i = before - 1; i >= floor; i--) {
            if (boundary(s.charAt(i))) return i + 1;
        }
        return floor;
    }
}
