package org.jixiao.server.problems;

import java.util.List;

/**
 * The server cannot do it right now through no fault of the request: the database is unreachable, the disk is full
 * or a directory unwritable. Nothing was half-written; the message says what to do (wait, or tell the administrator).
 */
public final class Unavailable extends Problem {

    public Unavailable(String message) {
        super(message, List.of());
    }

    @Override
    public int status() {
        return 503;
    }
}
