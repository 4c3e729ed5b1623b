package org.jixiao.server.problems;

import java.util.List;

/** The user sees the thing but their role may not do this to it (a reviewer editing a unit's figures, a unit submitting for another). */
public final class Forbidden extends Problem {

    public Forbidden(String message) {
        super(message, List.of());
    }

    public Forbidden(String message, List<String> details) {
        super(message, details);
    }

    @Override
    public int status() {
        return 403;
    }
}
