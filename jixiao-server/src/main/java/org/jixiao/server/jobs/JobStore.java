package org.jixiao.server.jobs;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The {@code jobs} and {@code job_items} tables. */
public interface JobStore {

    long create(Job.Kind kind, String owner, long districtId, Integer fiscalYear);

    Optional<Job> byId(long id);

    /**
     * The newest jobs (at most {@code limit}) started by {@code owner} or concerning the district {@code districtId}
     * (null: none), or all jobs when {@code all}; newest first.
     */
    List<Job> recent(String owner, Long districtId, boolean all, int limit);

    /** Sets the number of items a queued job will have (known when its upload is stored). */
    void expect(long id, int total);

    /** Marks the job running with its number of items (again, when resumed). */
    void start(long id, int total);

    /** The keys of the items already taken (done, skipped or failed): a resumed job skips them. */
    Set<String> itemsTaken(long id);

    /** Records one item's outcome and counts it; call in the transaction that does the item's work. */
    void item(long id, String key, String outcome, String detail);

    void finish(long id, Job.State state, String message);
}
