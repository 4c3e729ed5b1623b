package org.jixiao.server.problems;

import java.util.List;

/** The request itself is wrong: an edit of a cell that does not exist, a value the report format refuses, a missing comment. */
public final class Invalid extends Problem {

    public Invalid(String message) {
        super(message, List.of());
    }

    public Invalid(String message, List<String> details) {
        super(message, details);
    }

    @Override
    public int status() {
        return 400;
    }
}
