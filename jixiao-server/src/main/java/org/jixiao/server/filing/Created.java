package org.jixiao.server.filing;

import java.util.List;

/** A report just created: its id, unit, year, and what the importer could not place (empty for an empty report). */
public record Created(long id, long unitId, int fiscalYear, int version, String source, List<String> notes) {
}
