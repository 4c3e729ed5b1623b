package org.jixiao.shared;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read from texts (a number stated in a cell, a figure reference), remembered for the many rules and threads
 * that read the same texts again. Two generations: when the young map is full it becomes the old one and the former
 * old one is dropped, so memory stays bounded without ever emptying a map that other threads are reading (emptying a
 * {@link ConcurrentHashMap} locks its bins one by one: under load, dozens of threads stood blocked behind it). A value
 * found only in the old generation moves to the young one. Values must be immutable; nulls are not remembered.
 */
public final class ReadTexts<V> {

    private final int bound;
    private final Function<String, V> read;
    private volatile ConcurrentHashMap<String, V> young = new ConcurrentHashMap<>();
    private volatile ConcurrentHashMap<String, V> old = new ConcurrentHashMap<>();

    /** Remembers up to about {@code 2 × bound} texts read with {@code read}. */
    public ReadTexts(int bound, Function<String, V> read) {
        this.bound = Math.max(1, bound);
        this.read = read;
    }

    /** The value of the text, read once and remembered. */
    public V of(String text) {
        ConcurrentHashMap<String, V> y = young;
        V known = y.get(text);
        if (known != null) return known;
        known = old.get(text);
        V value = known != null ? known : read.apply(text);
        if (value != null) remember(y, text, value);
        return value;
    }

    private void remember(ConcurrentHashMap<String, V> y, String text, V value) {
        if (y.size() >= bound) {
            synchronized (this) {
                if (young == y) {
                    old = y;
                    young = new ConcurrentHashMap<>();
                }
            }
            y = young;
        }
        y.put(text, value);
    }
}
