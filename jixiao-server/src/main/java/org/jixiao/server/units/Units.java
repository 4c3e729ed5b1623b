package org.jixiao.server.units;

import java.util.List;
import java.util.Optional;

/** The units known to the system. */
public interface Units {

    Unit add(String code, String name, long districtId);

    Optional<Unit> byId(long id);

    Optional<Unit> byCode(String code);

    List<Unit> inDistrict(long districtId);

    /** Renames a unit; false when there is none with that id. */
    boolean rename(long id, String name);

    /** Removes a unit that has no reports and no accounts; false when there is none with that id. */
    boolean remove(long id);
}
