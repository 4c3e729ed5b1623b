package org.jixiao.server.admin;

import java.util.List;

/** What an import of units did: the units and districts added, the lines already present, the encoding read. */
public record UnitImport(int unitsAdded, int districtsAdded, int unchanged, String charset, List<String> addedCodes) {
}
