package org.jixiao.server.reports;

import java.util.Objects;

/**
 * Who saves a report content and why: the account's username (or {@code system}/{@code demo} for loaders),
 * the rule set the content was checked with, if any, and the change note (修改说明).
 */
public record Edit(String author, String ruleSetVersion, String note) {

    public Edit {
        Objects.requireNonNull(author, "author");
    }

    public static Edit by(String author, String note) {
        return new Edit(author, null, note);
    }
}
