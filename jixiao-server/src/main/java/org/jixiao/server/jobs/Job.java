package org.jixiao.server.jobs;

import java.time.Instant;

/**
 * A long job as its owner sees it at {@code GET /api/v1/jobs/{id}}: what, for which district (and year), its state,
 * how many of its items are done or failed out of the total, and a result message.
 */
public record Job(long id, Kind kind, String owner, long districtId, Integer fiscalYear, State state, int total, int done, int failed,
        String message, Instant createdAt, Instant updatedAt, Instant finishedAt) {

    public enum Kind { IMPORT, RENDER, PUBLISH }

    public enum State { QUEUED, RUNNING, SUCCEEDED, FAILED }
}
