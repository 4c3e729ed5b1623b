package org.jixiao.server.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins per user name, shared by every instance (table {@code sign_in_failures}). */
public interface SignInFailures {

    /** When the name's lock ends, if it is locked at {@code now}. */
    Optional<Instant> lockedUntil(String username, Instant now);

    /**
     * Counts a failure; failures older than {@code window} are forgotten first. The {@code limit}-th failure
     * locks the name until {@code now + lock} and starts the count again. Returns the lock's end if this
     * failure locked the name.
     */
    Optional<Instant> recordFailure(String username, Instant now, int limit, Duration window, Duration lock);

    /** Forgets the failures of a name (after a successful sign-in). */
    void clear(String username);
}
