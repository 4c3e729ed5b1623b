package org.jixiao.server.problems;

import java.util.List;

/** A user-facing failure: a status, a Chinese message that says what to do, and optional details. */
public abstract sealed class Problem extends RuntimeException permits NotFound, Forbidden, Conflict, Invalid, Unavailable, TooLarge {

    private final List<String> details;

    Problem(String message, List<String> details) {
        super(message, null, false, false); // an expected outcome: no stack trace to fill or log
        this.details = List.copyOf(details);
    }

    /** The HTTP status this outcome is answered with. */
    public abstract int status();

    /** Further lines, for example each finding that blocks a submission. */
    public List<String> details() {
        return details;
    }
}
