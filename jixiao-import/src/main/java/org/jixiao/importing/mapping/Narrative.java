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

    private final Sink sink;
    private final List<Section> sections = new ArrayList<>();
    private String part;
    private final List<Numbering.Style> stack = new ArrayList<>();
    private String numbering;
    private String heading;
    private int level;
    private org.jixiao.shared.Provenance at;
    private List<Paragraph> paragraphs = new ArrayList<>();
    private boolean open;

    Narrative(Sink sink) {
        this.sink = sink;
    }

    /** Starts a part (情况说明, 名词解释, 自评报告 …); its title becomes the heading of the text before any numbered heading. */
    void startPart(String part, String title, TextBlock at) {
        close();
        this.part = part;
        stack.clear();
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
        boolean isHeading = token.isPresent() && looksLikeTitle(token.get().rest()) || block.styledHeading();
        if (isHeading) {
            close();
            Numbering.Style style = token.map(Numbering.Token::style).orElse(null);
            if (style != null) {
                int idx = stack.indexOf(style);
                if (idx >= 0) {
                    while (stack.size() > idx + 1) stack.remove(stack.size() - 1);
                } else if (!stack.isEmpty() && !isFirstItem(token.get().token())) {
                    // A style not yet open whose number is 2 or more cannot start a deeper level: the document
                    // misnumbered a sibling (（1） … （二）, or 3、 among （一）（2）), so it replaces the innermost one.
                    stack.set(stack.size() - 1, style);
                } else {
                    stack.add(style);
                }
                level = stack.size();
            } else {
                level = Math.max(1, stack.size());
            }
            numbering = token.map(Numbering.Token::token).orElse(block.numbering());
            heading = token.map(Numbering.Token::rest).orElse(text);
            at = sink.at(block.place(), null);
            open = true;
            return;
        }
        if (!open && at == null) at = sink.at(block.place(), null);
        open = true;
        paragraphs.add(new Paragraph(text, sink.at(block.place(), null)));
    }

    private static boolean isFirstItem(String token) {
        String value = token.replaceAll("[（()）、.．\\s]", "");
        return value.equals("一") || value.equals("1") || value.equals("①");
    }

    private static boolean looksLikeTitle(String rest) {
        int stop = rest.indexOf('。');
        // A numbered mention of an attached table (2、2021年度项目支出绩效自评表) is a list item, not a heading.
        if (rest.endsWith("表")) return false;
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
        close();
        return sections;
    }
}
