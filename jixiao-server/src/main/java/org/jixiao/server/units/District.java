package org.jixiao.server.units;

import java.util.Objects;

/** A 区/县 whose finance bureau reviews its units' reports, e.g. 石峰区 in 湖南省株洲市. */
public record District(long id, String code, String name, String region) {

    public District {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
