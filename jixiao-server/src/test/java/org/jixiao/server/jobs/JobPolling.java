package org.jixiao.server.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import org.jixiao.server.WebSession;

/** Waits for a job to finish, reading it as its owner does. */
final class JobPolling {

    private JobPolling() {}

    static JsonNode finished(WebSession owner, long id, long timeoutMillis) throws InterruptedException {
        long until = System.currentTimeMillis() + timeoutMillis;
        JsonNode job;
        do {
            job = WebSession.json(owner.get("/api/v1/jobs/" + id));
            String state = job.get("state").asText();
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) return job;
            Thread.sleep(200);
        } while (System.currentTimeMillis() < until);
        throw new AssertionError("job " + id + " did not finish: " + job);
    }
}
