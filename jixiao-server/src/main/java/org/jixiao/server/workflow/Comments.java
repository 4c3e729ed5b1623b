package org.jixiao.server.workflow;

import java.util.List;

/** The reviewers' comments on reports (table {@code report_comments}). */
public interface Comments {

    void add(long reportId, int version, String author, NewComment comment);

    /** A report's comments, oldest first. */
    List<Comment> of(long reportId);
}
