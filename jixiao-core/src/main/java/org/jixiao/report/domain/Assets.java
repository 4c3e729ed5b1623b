package org.jixiao.report.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jixiao.shared.Figure;

/**
 * 国有资产占用: vehicles in total and by use (keys {@code leaders} 领导干部用车, {@code confidential}
 * 机要通信用车, {@code emergency} 应急保障用车, {@code law-enforcement} 执法执勤用车, {@code special}
 * 特种专业技术用车, {@code other} 其他用车), and counts of equipment over the value thresholds.
 */
public record Assets(
        Figure vehiclesTotal,
        Map<String, Figure> vehiclesByUse,
        Figure generalEquipmentOver50,
        Figure specialEquipmentOver100) {

    public Assets {
        vehiclesByUse = vehiclesByUse == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vehiclesByUse));
    }
}
