package org.jixiao.server.units;

import java.util.Objects;

/** A 单位 (budget unit) that files one report per fiscal year, in one district. */
public record Unit(long id, String code, String name, long districtId) {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
