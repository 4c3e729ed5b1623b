package org.jixiao.server.problems;

import java.util.List;

/** What was sent is larger than the server accepts (413); nothing of it was kept. The message names the limit. */
public final class TooLarge extends Problem {

    public TooLarge(String message) {
        super(message, List.of());
    }

    @Override
    public int status() {
        return 413;
    }
}
