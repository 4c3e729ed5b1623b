package org.jixiao.server.codes;

import java.util.List;
import java.util.Optional;
import org.jixiao.codes.CodeEntry;
import org.jixiao.codes.CodeList;
import org.jixiao.codes.Scheme;

/**
 * The code-list entries stored per fiscal year and scheme. Each row is either from the bundled files of jixiao-core
 * ({@code BUNDLED}) or an administrator's ({@code ADMIN}: added, renamed, imported or removed by one); a removed
 * code stays as a retired row, left out of every list. Every change raises the change counter ({@link #version()})
 * in the same transaction, which is how every instance learns that its lists are out of date.
 */
public interface CodeListEntries {

    /** A stored row: the entry, whose it is, and whether an administrator removed it from the list. */
    record Stored(CodeEntry entry, boolean byAdministrator, boolean retired, String source) {}

    /**
     * Stores a bundled list: adds the codes that are missing and corrects names, levels, parents and source of the
     * bundled rows that differ. Rows of an administrator (added, renamed, removed) are left as they are, and so are
     * codes already stored and absent from the list. Returns how many rows changed.
     */
    int store(CodeList list);

    /** The year's list of a scheme without its retired codes, by code. */
    List<CodeEntry> entries(int year, Scheme scheme);

    /** Every stored list (both schemes, every year), without retired codes; the source is the list's. */
    List<CodeList> lists();

    /** The years that have a list of the scheme (at least one code not retired), ascending. */
    List<Integer> years(Scheme scheme);

    /** A stored code, retired or not. */
    Optional<Stored> find(int year, Scheme scheme, String code);

    /**
     * Writes codes as an administrator's: a code not stored is added with {@code source}; a stored one (also a
     * retired one, which is taken back into the list) gets the entry's name, level and parent and keeps its source.
     */
    void put(int year, Scheme scheme, List<CodeEntry> entries, String source);

    /** Takes a code out of the year's list (an administrator's removal, kept so the bundled lists do not restore it). */
    void retire(int year, Scheme scheme, String code);

    /** The change counter: raised by every write of this port. */
    long version();

    long count();
}
