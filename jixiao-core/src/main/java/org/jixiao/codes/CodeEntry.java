package org.jixiao.codes;

import java.util.Optional;

/** One code of a list: 编码, 名称, level (1 类, 2 款, 3 项) and the parent code. */
public record CodeEntry(String code, String name, int level, String parent) {

    public Optional<String> parentCode() {
        return Optional.ofNullable(parent);
    }
}
