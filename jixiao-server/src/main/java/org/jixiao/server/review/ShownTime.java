package org.jixiao.server.review;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the pages show them: Beijing time to the minute, a dash when there is none. */
public final class ShownTime {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

    public String of(Instant instant) {
        return instant == null ? "—" : MINUTES.format(instant);
    }
}
