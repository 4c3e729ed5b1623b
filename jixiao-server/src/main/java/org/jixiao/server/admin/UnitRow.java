package org.jixiao.server.admin;

import org.jixiao.server.units.District;
import org.jixiao.server.units.Unit;

/** A unit with its district, as the unit list shows it. */
public record UnitRow(Unit unit, District district) {
}
