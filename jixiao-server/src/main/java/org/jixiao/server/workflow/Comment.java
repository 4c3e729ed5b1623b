package org.jixiao.server.workflow;

import java.time.Instant;

/**
 * A reviewer's comment on a version: attached to a cell ({@code anchor} a JSON pointer such as
 * {@code /finalAccounts/tables/0/rows/3/cells/amount}), to a finding ({@code anchor} its key, see
 * {@link FindingKeys}), or to the whole report ({@code anchor} null).
 */
public record Comment(long id, int version, String author, Instant createdAt, String anchor, String body) {
}
