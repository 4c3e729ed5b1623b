package org.jixiao.server.problems;

import java.util.List;

/** The request is well-formed but the thing's state does not allow it now: a save over a newer save, a submission with ERRORs, a transition out of order. */
public final class Conflict extends Problem {

    public Conflict(String message) {
        super(message, List.of());
    }

    public Conflict(String message, List<String> details) {
        super(message, details);
    }

    @Override
    public int status() {
        return 409;
    }
}
