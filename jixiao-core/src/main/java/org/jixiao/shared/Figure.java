package org.jixiao.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * A value as a document states it (填报值): the text exactly as written ({@code "1,474.07"}, {@code "≥90%"},
 * {@code "50 次"}, {@code "舒适整洁"}) and where it was written. Interpretation happens on demand, so a
 * report keeps what its author wrote, mistakes included. A value that is absent is a {@code null} Figure,
 * never a zero: "cannot check".
 */
public record Figure(String text, Provenance at) {

    public Figure {
        Objects.requireNonNull(text, "text");
    }

    public static Figure of(String text) {
        return new Figure(text, null);
    }

    public static Figure of(String text, Provenance at) {
        return new Figure(text, at);
    }

    /** The text read as a number with its unit, precision and comparator, if it is one. */
    public Optional<StatedNumber> number() {
        return StatedNumber.parse(text);
    }

    /**
     * The text read as an amount in 万元. A blank cell of a stated table row reads as zero (the standard
     * templates leave zero cells empty); a text that is not a number gives empty.
     */
    public Optional<Amount> amount() {
        return StatedNumber.amountOf(text);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public String toString() {
        return text;
    }
}
