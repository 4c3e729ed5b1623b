package org.jixiao.server.codes;

import java.util.List;
import org.jixiao.codes.CodeList;
import org.jixiao.codes.CodeEntry;
import org.jixiao.codes.Scheme;

/** The code-list entries stored per fiscal year and scheme. */
public interface CodeListEntries {

    /**
     * Stores a year's list: adds the codes that are missing and corrects names, levels, parents and source
     * that differ. Codes already stored and absent from the list stay. Returns how many rows changed.
     */
    int store(CodeList list);

    List<CodeEntry> entries(int year, Scheme scheme);

    long count();
}
