package org.jixiao.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.report.domain.Paragraph;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;
import org.jixiao.rules.CheckContext;
import org.jixiao.rules.Location;
import org.jixiao.rules.RuleKind;
import org.jixiao.rules.RuleParameters;
import org.jixiao.rules.Violation;

/** A hygiene rule kind (文字): reads every heading and paragraph of the narrative, glossary included, as written. */
abstract class TextKind implements RuleKind {

    /** One line of narrative text: a section heading or a paragraph. */
    record Line(Section section, String text, boolean heading, Location location) {
    }

    /** Every line of one report's narrative, read once per check run. */
    private record Lines(List<Line> all) {
    }

    private final String name;
    private final Set<String> parameters;

    TextKind(String name, Set<String> parameters) {
        this.name = name;
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> parameters() {
        return parameters;
    }

    @Override
    public List<Violation> check(Report report, RuleParameters parameters, CheckContext context) {
        return check(context == null ? lines(report) : lines(report, context), parameters);
    }

    /** The lines of the run's report, read once per run. */
    static List<Line> lines(Report report, CheckContext context) {
        return context.derived(Lines.class, () -> new Lines(lines(report))).all();
    }

    abstract List<Violation> check(List<Line> lines, RuleParameters parameters);

    static List<Line> lines(Report report) {
        List<Line> out = new ArrayList<>();
        for (Section s : report.narrative()) {
            if (s.heading() != null && !s.heading().isBlank()) {
                String heading = s.numbering() != null && !s.heading().startsWith(s.numbering()) ? s.numbering() + s.heading() : s.heading();
                out.add(new Line(s, heading, true, Location.narrative(s.heading(), heading, s.at())));
            }
            for (Paragraph p : s.paragraphs()) out.add(new Line(s, p.text(), false, Location.narrative(s.heading(), p.text(), p.at())));
        }
        return List.copyOf(out);
    }
}
