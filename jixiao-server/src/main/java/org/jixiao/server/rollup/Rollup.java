package org.jixiao.server.rollup;

import java.util.List;

/**
 * A 汇总 of approved and published reports (published ones count with their published version) for a fiscal year:
 * the rows one level down and their total. {@code millis} is how long the database took.
 */
public record Rollup(RollupLevel level, String code, String name, int fiscalYear, List<RollupRow> rows, long reports, KeyFigures total,
        long millis) {}
