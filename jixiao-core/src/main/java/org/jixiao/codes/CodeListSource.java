package org.jixiao.codes;

/**
 * Where a checker gets the code lists of a fiscal year. {@link CodeLists#bundled()} is the lists shipped in
 * jixiao-core; the server supplies its own source (the lists administrators maintain in its database).
 */
public interface CodeListSource {

    /** Both schemes' lists that serve {@code year} (its own, or an earlier year's when it has none). */
    YearCodeLists forYear(int year);
}
