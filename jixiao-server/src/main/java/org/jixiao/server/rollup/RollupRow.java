package org.jixiao.server.rollup;

/**
 * One line of a roll-up: a unit's report (district level), a district (city level) or a city (province level),
 * with the number of approved or published reports it adds up and their figures.
 */
public record RollupRow(String code, String name, long reports, KeyFigures figures) {}
