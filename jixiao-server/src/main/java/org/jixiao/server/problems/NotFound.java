package org.jixiao.server.problems;

import java.util.List;

/** There is nothing the user may see under that name: it does not exist, or it belongs to another unit or district (answered alike, so that IDs cannot be probed). */
public final class NotFound extends Problem {

    public NotFound(String message) {
        super(message, List.of());
    }

    public NotFound(String message, List<String> details) {
        super(message, details);
    }

    @Override
    public int status() {
        return 404;
    }
}
