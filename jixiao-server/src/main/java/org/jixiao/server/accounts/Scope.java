package org.jixiao.server.accounts;

import java.io.Serializable;

/** What an account may see (SPEC §6): its unit, its district, or everything. */
public sealed interface Scope extends Serializable {

    /** A unit's staff see only their unit. */
    record OfUnit(long unitId) implements Scope {}

    /** A reviewer sees the district's units. */
    record OfDistrict(long districtId) implements Scope {}

    /** An administrator of the whole installation. */
    record Everywhere() implements Scope {}
}
