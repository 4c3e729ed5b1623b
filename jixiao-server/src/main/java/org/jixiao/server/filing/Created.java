package org.jixiao.server.filing;

import java.util.List;

/**
 * A report just created: its id, unit, year, what the importer could not place (empty for an empty report), how many
 * prior-year fields were filled from last year's report and a sentence saying so (or why there was none).
 */
public record Created(long id, long unitId, int fiscalYear, int version, String source, List<String> notes, int priorYearFilled,
        String priorYear) {
}
