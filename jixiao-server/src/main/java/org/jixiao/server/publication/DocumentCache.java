package org.jixiao.server.publication;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jixiao.rendering.RenderFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rendered documents in memory, by report, version and format, least recently used first out once the total
 * passes the bound ({@code jixiao.documents.cache-mb}, 64 MB by default). A version's content never changes
 * (published or not, a save makes a new version), so an entry never goes stale. Two requests for the same
 * missing document render it once: the second waits for the first.
 */
@Component
class DocumentCache {

    /** A report's version in a form: a format's extension, or another derived text such as the page's fragment. */
    record Key(long reportId, int version, String form) {

        Key(long reportId, int version, RenderFormat format) {
            this(reportId, version, format.extension());
        }
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Key, Object> rendering = new ConcurrentHashMap<>();
    private long bytes;
    private long renders;

    DocumentCache(@Value("${jixiao.documents.cache-mb:64}") long maxMegabytes) {
        this.maxBytes = Math.max(0, maxMegabytes) * 1024 * 1024;
    }

    /** The cached document, or the one {@code render} makes (then kept if it fits the bound). */
    byte[] get(Key key, Supplier<byte[]> render) {
        byte[] hit = lookup(key);
        if (hit != null) return hit;
        Object lock = rendering.computeIfAbsent(key, k -> new Object());
        try {
            synchronized (lock) {
                hit = lookup(key);
                if (hit != null) return hit;
                byte[] made = render.get();
                store(key, made);
                return made;
            }
        } finally {
            rendering.remove(key, lock);
        }
    }

    /** How many documents were rendered (not served from the cache) since start. */
    synchronized long renders() {
        return renders;
    }

    private synchronized byte[] lookup(Key key) {
        return entries.get(key);
    }

    private synchronized void store(Key key, byte[] document) {
        renders++;
        if (document.length > maxBytes) return;
        byte[] old = entries.put(key, document);
        bytes += document.length - (old == null ? 0 : old.length);
        Iterator<Map.Entry<Key, byte[]>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }
}
