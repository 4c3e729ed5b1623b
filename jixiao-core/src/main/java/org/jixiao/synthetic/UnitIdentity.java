package org.jixiao.synthetic;

import java.util.List;
import java.util.Objects;

/**
 * Who a synthetic report is about: city, district, the unit's full name and code, whether it is a 机关
 * (administrative) or 事业 (public-service) unit, the 201 款 it spends under, and its 内设科室.
 */
public record UnitIdentity(String province, String city, String district, String name, String code, boolean publicService,
        String functionSection, List<String> offices) {

    public UnitIdentity {
        Objects.requireNonNull(name, "name");
        offices = offices == null ? List.of() : List.copyOf(offices);
    }

    /** 地区 as the header writes it, e.g. 湘中省青岚市东城区. */
    public String region() {
        return province + city + district;
    }

    /** A simple administrative unit for tests. */
    public static UnitIdentity sample() {
        return new UnitIdentity("湘中省", "青岚市", "东城区", "青岚市东城区财政局", "001001001", false, "20106",
                List.of("办公室", "预算股", "国库股", "绩效管理股"));
    }
}
