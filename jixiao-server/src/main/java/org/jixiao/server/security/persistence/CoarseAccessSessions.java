package org.jixiao.server.security.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The database sessions without a write on every request. Spring Session notes the time of each request in the
 * session's row (its last access and, from it, its expiry): one UPDATE and one commit per request, whatever the
 * request does. Here a request's time is passed on only when the stored one is at least {@link #GRANULARITY} old,
 * so a session expires at most that much earlier than the configured timeout (8 h) says. Everything else — a new
 * session, a changed id (sign-in), attributes (the signed-in user, the CSRF token), sign-out — is written exactly as
 * before, so any instance still serves any user.
 */
final class CoarseAccessSessions implements FindByIndexNameSessionRepository<CoarseAccessSessions.Coarse> {

    /** How stale the stored last access time may get before a request writes it again. */
    static final Duration GRANULARITY = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> stored;

    @SuppressWarnings("unchecked")
    CoarseAccessSessions(FindByIndexNameSessionRepository<? extends Session> stored) {
        this.stored = (FindByIndexNameSessionRepository<Session>) stored;
    }

    @Override
    public Coarse createSession() {
        return new Coarse(stored.createSession());
    }

    @Override
    public void save(Coarse session) {
        stored.save(session.session);
    }

    @Override
    public Coarse findById(String id) {
        Session found = stored.findById(id);
        return found == null ? null : new Coarse(found);
    }

    @Override
    public void deleteById(String id) {
        stored.deleteById(id);
    }

    @Override
    public Map<String, Coarse> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Coarse> found = new LinkedHashMap<>();
        stored.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, session) -> found.put(id, new Coarse(session)));
        return found;
    }

    /** A stored session whose last access time moves only in steps of {@link #GRANULARITY}. */
    static final class Coarse implements Session {

        private final Session session;

        Coarse(Session session) {
            this.session = session;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (time.isBefore(session.getLastAccessedTime().plus(GRANULARITY))) return;
            session.setLastAccessedTime(time);
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}
