package org.jixiao.server.workflow;

/** A comment as a reviewer writes it: where it points (or null for the whole report) and what it says. */
public record NewComment(String anchor, String body) {
}
