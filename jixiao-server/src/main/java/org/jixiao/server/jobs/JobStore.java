package org.jixiao.server.jobs;

import java.util.Optional;
import java.util.Set;

/** The {@code jobs} and {@code job_items} tables. */
public interface JobStore {

    long create(Job.Kind kind, String owner, long districtId, Integer fiscalYear, String inputPath);

    Optional<Job> byId(long id);

    Optional<String> inputPath(long id);

    /** Marks the job running with its number of items (again, when resumed). */
    void start(long id, int total);

    /** The keys of the items already taken (done, skipped or failed): a resumed job skips them. */
    Set<String> itemsTaken(long id);

    /** Records one item's outcome and counts it; call in the transaction that does the item's work. */
    void item(long id, String key, String outcome, String detail);

    void finish(long id, Job.State state, String message);
}
