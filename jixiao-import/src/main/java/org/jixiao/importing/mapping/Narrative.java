package org.jixiao.importing.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.importing.document.Numbering;
import org.jixiao.importing.document.TextBlock;
import org.jixiao.report.domain.Paragraph;
import org.jixiao.report.domain.Section;

/**
 * Builds narrative sections from text blocks. A block is a heading when it carries a numbering token (or a
 * DOCX heading style) and reads like a title: short, without a full stop inside. Levels follow the order in
 * which numbering styles first appear in the part (一、 then （一） then 1、 …, or any other order a document
 * uses), so broken or skipped sequences (一、 二、 六、) keep their levels. Other blocks are paragraphs of the
 * current section; text before the first heading forms a section without numbering.
 */
final class Narrative {

    private static final Pattern SENTENCE_END = Pattern.compile("[。；;，,：:]$");
    private static final Pattern TERMINAL = Pattern.compile("[。！？；;：:!?”\"）)]$");

    private final Sink sink;
    private final List<Section> sections = new ArrayList<>();
    private String part;
    private final List<Numbering.Style> stack = new ArrayList<>();
    private final List<Integer> numbers = new ArrayList<>();
    private String numbering;
    private String heading;
    private int level;
    private org.jixiao.shared.Provenance at;
    private List<Paragraph> paragraphs = new ArrayList<>();
    private boolean open;
    private TextBlock pending;
    private Numbering.Style lastListStyle;

    Narrative(Sink sink) {
        this.sink = sink;
    }

    /** Starts a part (情况说明, 名词解释, 自评报告 …); its title becomes the heading of the text before any numbered heading. */
    void startPart(String part, String title, TextBlock at) {
        if (pending != null) resolvePending(false);
        close();
        this.part = part;
        stack.clear();
        numbers.clear();
        numbering = null;
        heading = title;
        level = 1;
        this.at = at == null ? null : sink.at(at.place(), null);
        open = false;
    }

    String part() {
        return part;
    }

    void add(TextBlock block) {
        String text = block.text().startsWith("- ") ? block.text().substring(2) : block.text();
        var token = Numbering.split(text);
        if (pending != null) resolvePending(token.isEmpty());
        if (token.isPresent() && isSingleSentence(token.get().rest()) && !"glossary".equals(part)) {
            // 1、一般公共服务（类）…（项）。 is a heading when body text follows it, a list item when another item does.
            pending = block;
            return;
        }
        addNow(block, text, token);
    }

    private void resolvePending(boolean nextIsBody) {
        TextBlock block = pending;
        pending = null;
        String text = block.text().startsWith("- ") ? block.text().substring(2) : block.text();
        var token = Numbering.split(text).orElseThrow();
        if (nextIsBody && token.style() != lastListStyle) {
            openHeading(token.style(), token.token(), token.rest(), block);
        } else {
            if (!open && at == null) at = sink.at(block.place(), null);
            open = true;
            paragraphs.add(new Paragraph(text, sink.at(block.place(), null)));
            lastListStyle = token.style();
        }
    }

    private static boolean isSingleSentence(String rest) {
        return rest.length() <= 60 && rest.endsWith("。") && rest.indexOf('。') == rest.length() - 1
                && !rest.contains("，") && !rest.contains("；") && !rest.contains(",");
    }

    private void addNow(TextBlock block, String text, java.util.Optional<Numbering.Token> token) {
        if (token.isEmpty()) lastListStyle = null;
        if (joinsPrevious(text, token.isPresent())) {
            Paragraph last = paragraphs.remove(paragraphs.size() - 1);
            paragraphs.add(new Paragraph(last.text() + text, last.at()));
            return;
        }
        String runIn = token.map(t -> runInHeading(t.rest())).orElse(null);
        if (runIn == null && token.isEmpty() && "glossary".equals(part)) runIn = glossaryTerm(text);
        if (runIn != null) {
            // 1、党建工作持续压实。一是… : a heading run into its paragraph, split as the fixtures do.
            String body = token.map(Numbering.Token::rest).orElse(text);
            openHeading(token.map(Numbering.Token::style).orElse(null), token.map(Numbering.Token::token).orElse(null), runIn, block);
            String rest = body.substring(runIn.length() + 1).strip();
            if (!rest.isEmpty()) paragraphs.add(new Paragraph(rest, sink.at(block.place(), null)));
            return;
        }
        if (token.isPresent() && "glossary".equals(part) && glossaryTerm(token.get().rest()) != null) {
            String body = token.get().rest();
            String term = glossaryTerm(body);
            openHeading(token.get().style(), token.get().token(), term, block);
            paragraphs.add(new Paragraph(body.substring(term.length() + 1).strip(), sink.at(block.place(), null)));
            return;
        }
        boolean isHeading = token.isPresent() && looksLikeTitle(token.get().rest()) || block.styledHeading();
        if (isHeading) {
            openHeading(token.map(Numbering.Token::style).orElse(null), token.map(Numbering.Token::token).orElse(block.numbering()),
                    token.map(Numbering.Token::rest).orElse(text), block);
            return;
        }
        if (!open && at == null) at = sink.at(block.place(), null);
        open = true;
        paragraphs.add(new Paragraph(text, sink.at(block.place(), null)));
    }

    private void openHeading(Numbering.Style style, String token, String title, TextBlock block) {
            close();
            lastListStyle = null;
            if (style != null) {
                int value = valueOf(token);
                int idx = stack.indexOf(style);
                if (idx >= 0) {
                    while (stack.size() > idx + 1) pop();
                } else if (!stack.isEmpty() && value > 1) {
                    // A style not yet open whose number is 2 or more cannot start a deeper level: the document
                    // misnumbered a sibling (（1） … （二）, or 3、 among （一）（2）). It continues the deepest open
                    // level whose last number is one less, else the innermost one.
                    int target = stack.size() - 1;
                    for (int k = stack.size() - 1; k >= 0; k--) {
                        if (numbers.get(k) == value - 1) {
                            target = k;
                            break;
                        }
                    }
                    while (stack.size() > target + 1) pop();
                    stack.set(target, style);
                } else {
                    stack.add(style);
                    numbers.add(0);
                }
                numbers.set(stack.size() - 1, value);
                level = stack.size();
            } else {
                level = Math.max(1, stack.size());
            }
            numbering = token;
            heading = title;
            at = sink.at(block.place(), null);
            open = true;
    }

    /** The short heading before the first 。 of a numbered line that continues with body text, if it is one. */
    private static String runInHeading(String rest) {
        int stop = rest.indexOf('。');
        if (stop <= 0 || stop > 25 || stop == rest.length() - 1) return null;
        String head = rest.substring(0, stop);
        if (head.contains("，") || head.contains(",") || head.contains("；")) return null;
        return head;
    }

    /** The term of a glossary entry 术语：定义, if the line is one. */
    private static String glossaryTerm(String text) {
        int colon = text.indexOf('：');
        if (colon < 0) colon = text.indexOf(':');
        if (colon <= 0 || colon > 25 || colon == text.length() - 1) return null;
        return text.substring(0, colon).strip();
    }

    /** A sentence broken over two lines by the export: the previous paragraph stops mid-sentence. */
    private boolean joinsPrevious(String text, boolean numbered) {
        if (numbered || paragraphs.isEmpty()) return false;
        String last = paragraphs.get(paragraphs.size() - 1).text();
        if (TERMINAL.matcher(last).find()) return false;
        return last.contains("，") || last.length() > 50;
    }

    private void pop() {
        stack.remove(stack.size() - 1);
        numbers.remove(numbers.size() - 1);
    }

    /** The number a token states: 一、 → 1, （十二） → 12, 3. → 3, ② → 2. */
    static int valueOf(String token) {
        String t = token.replaceAll("[（()）、.．\\s]", "");
        if (t.matches("\\d+")) return Integer.parseInt(t);
        if (t.length() == 1 && t.charAt(0) >= '①' && t.charAt(0) <= '⑳') return t.charAt(0) - '①' + 1;
        String digits = "零一二三四五六七八九";
        int value = 0, current = 0;
        for (char c : t.toCharArray()) {
            int d = digits.indexOf(c);
            if (c == '〇') d = 0;
            if (d >= 0) current = d;
            else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (c == '百') {
                value += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return value + current;
    }

    private static boolean looksLikeTitle(String rest) {
        int stop = rest.indexOf('。');
        // A numbered mention of an attached table (2、2021年度项目支出绩效自评表) is a list item, not a heading.
        if (rest.endsWith("表")) return false;
        if (rest.length() <= 12 && (rest.endsWith(":") || rest.endsWith("："))) return true;
        return rest.length() <= 50 && (stop < 0) && !SENTENCE_END.matcher(rest).find();
    }

    void close() {
        if (open && (heading != null || !paragraphs.isEmpty())) {
            sections.add(new Section(part == null ? "other" : part, numbering, heading == null ? "" : heading, level, paragraphs, at));
        }
        paragraphs = new ArrayList<>();
        numbering = null;
        heading = null;
        open = false;
    }

    List<Section> sections() {
        if (pending != null) resolvePending(false);
        close();
        return sections;
    }
}
