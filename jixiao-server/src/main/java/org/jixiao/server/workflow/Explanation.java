package org.jixiao.server.workflow;

import java.time.Instant;

/** The unit's written explanation of a WARNING (情况说明), keyed by the finding ({@link FindingKeys}). */
public record Explanation(String findingKey, String body, String author, Instant createdAt) {
}
