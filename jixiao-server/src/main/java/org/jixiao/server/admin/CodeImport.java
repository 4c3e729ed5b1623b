package org.jixiao.server.admin;

import java.util.List;

/**
 * What an import of a code list did: the year and scheme, the codes added (new ones, and removed ones taken back),
 * the codes renamed, the lines already as stored, the encoding read, and the list's source as now stored.
 */
public record CodeImport(int year, String scheme, int added, int renamed, int unchanged, String charset, String source,
        List<String> addedCodes, List<String> renamedCodes) {
}
