package org.jixiao.importing.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.importing.document.TextBlock;
import org.jixiao.report.domain.UnitProfile;
import org.jixiao.shared.Figure;

/**
 * Reads 单位概况 figures from sentences, best effort (SPEC §2.1): 内设科室 count and names, 编制数, 实有人数,
 * 在职, 离休, 退休. The first sentence that states a figure wins; a figure not stated stays absent.
 */
final class UnitProfileReader {

    private static final Pattern OFFICES = Pattern.compile("内设(?:科室|机构)[^0-9，。]{0,12}?(\\d+)\\s*个[，,]?\\s*(?:分别为|分别是|包括|即)?[:：]?\\s*([^，。；;]*)");
    // 编制数 is the authorised establishment ("编制数17人", "事业编制15名"). "编制人员17人" counts the staff who hold
    // an establishment post (在编人员), not the establishment: reading it as 编制数 raises a false 超编 warning.
    private static final Pattern ESTABLISHMENT = Pattern.compile("(?:核定)?(?:事业|行政)?编制(?:数\\s*(?:为|共)?\\s*(\\d+)\\s*[名人个]|\\s*(?:为|共)?\\s*(\\d+)\\s*[名个])");
    private static final Pattern TOTAL = Pattern.compile("实有人数\\s*(?:为|共)?\\s*(\\d+)\\s*人");
    private static final Pattern ACTIVE = Pattern.compile("在职(?:人员|工作人员)?\\s*(?:为|共)?\\s*(\\d+)\\s*人");
    private static final Pattern RETIRED = Pattern.compile("(?<!离)退休(?:人员)?\\s*(\\d+)\\s*人");
    private static final Pattern RETIRED_CADRES = Pattern.compile("离休(?:人员)?\\s*(\\d+)\\s*人");

    private UnitProfileReader() {}

    static UnitProfile read(List<TextBlock> texts, List<org.jixiao.report.domain.Section> sections, String unitName, Sink sink) {
        Figure officeCount = null, establishment = null, total = null, active = null, retired = null, cadres = null;
        List<String> offices = new ArrayList<>();
        for (TextBlock t : texts) {
            String s = t.text();
            Matcher m;
            if (officeCount == null && (m = OFFICES.matcher(s)).find()) {
                officeCount = sink.figure(m.group(1), t.place(), null);
                String list = m.group(2).strip();
                if (!list.isEmpty()) offices.addAll(Arrays.stream(list.split("[、,，]")).map(String::strip).filter(x -> !x.isEmpty()).toList());
            }
            if (establishment == null && (m = ESTABLISHMENT.matcher(s)).find()) {
                establishment = sink.figure(m.group(1) != null ? m.group(1) : m.group(2), t.place(), null);
            }
            if (total == null && (m = TOTAL.matcher(s)).find()) total = sink.figure(m.group(1), t.place(), null);
            if (active == null && (m = ACTIVE.matcher(s)).find()) active = sink.figure(m.group(1), t.place(), null);
            if (retired == null && (m = RETIRED.matcher(s)).find()) retired = sink.figure(m.group(1), t.place(), null);
            if (cadres == null && (m = RETIRED_CADRES.matcher(s)).find()) cadres = sink.figure(m.group(1), t.place(), null);
        }
        List<String> duties = new ArrayList<>();
        for (var section : sections) {
            if (!section.heading().contains("职责") && !section.heading().contains("职能")) continue;
            for (var p : section.paragraphs()) {
                org.jixiao.importing.document.Numbering.split(p.text()).ifPresent(t -> duties.add(t.rest()));
            }
            if (!duties.isEmpty()) break;
        }
        return new UnitProfile(unitName, null, duties, offices, officeCount, List.of(), establishment, total, active, cadres, retired);
    }
}
