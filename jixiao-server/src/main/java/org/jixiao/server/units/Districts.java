package org.jixiao.server.units;

import java.util.List;
import java.util.Optional;

/** The districts known to the system. */
public interface Districts {

    District add(String code, String name, String region);

    Optional<District> byId(long id);

    Optional<District> byCode(String code);

    List<District> all();

    /** Renames a district; false when there is none with that id. */
    boolean rename(long id, String name);
}
