package org.jixiao.narrative;

import java.util.List;

/** Runs one registry rule over a report made of the given paragraphs. */
final class Check {

    private Check() {
    }

    static List<NarrativeRules.Result> rule(String id, String... paragraphs) {
        return NarrativeRules.run(id, Reports.of(paragraphs));
    }
}
