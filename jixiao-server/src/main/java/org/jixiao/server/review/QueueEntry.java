package org.jixiao.server.review;

import java.time.Instant;

/**
 * A line of the reviewer's queue: the report, its unit, year and state, when it was last submitted (null if never),
 * the findings of the current version by severity and how many of its warnings the unit explained in writing.
 */
public record QueueEntry(long id, String unitCode, String unitName, int fiscalYear, String state, String stateLabel, int version,
        Instant submittedAt, long errors, long warnings, long infos, long explainedWarnings) {
}
