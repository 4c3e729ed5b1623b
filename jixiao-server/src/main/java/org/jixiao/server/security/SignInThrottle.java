package org.jixiao.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code jixiao.sign-in.max-failures} failures (default 5) within the
 * window, a user name is locked for {@code jixiao.sign-in.lock-minutes} (default 15), whatever the password.
 */
@Component
class SignInThrottle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final SignInFailures failures;
    private final Clock clock;
    private final int limit;
    private final Duration lock;

    SignInThrottle(SignInFailures failures, Clock clock, @Value("${jixiao.sign-in.max-failures:5}") int limit,
            @Value("${jixiao.sign-in.lock-minutes:15}") int lockMinutes) {
        this.failures = failures;
        this.clock = clock;
        this.limit = limit;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    /** The message to show when the name is locked now. */
    Optional<String> refusal(String username) {
        return failures.lockedUntil(key(username), clock.instant()).map(SignInThrottle::lockedMessage);
    }

    /** Counts a failed attempt; the message to show when it locked the name. */
    Optional<String> failed(String username) {
        return failures.recordFailure(key(username), clock.instant(), limit, lock, lock).map(SignInThrottle::lockedMessage);
    }

    void succeeded(String username) {
        failures.clear(key(username));
    }

    private static String key(String username) {
        String name = username == null ? "" : username.strip();
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    private static String lockedMessage(Instant until) {
        return "登录失败次数过多，该用户名已暂时锁定，请于 " + TIME.format(until) + "（北京时间）后再试。";
    }
}
