package org.jixiao.server.workflow;

import java.util.Map;

/** The units' explanations of warnings (table {@code finding_explanations}), one per report and finding. */
public interface Explanations {

    /** Writes or replaces the explanation of a finding. */
    void put(long reportId, Explanation explanation);

    /** A report's explanations by finding key. */
    Map<String, Explanation> of(long reportId);
}
