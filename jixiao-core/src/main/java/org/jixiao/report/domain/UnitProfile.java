package org.jixiao.report.domain;

import java.util.List;
import org.jixiao.shared.Figure;

/**
 * 单位概况: duties (部门职责), internal offices (内设科室) and the count the text states, secondary units
 * (二级机构), 编制数 and the headcount (实有人数 = 在职 + 离休 + 退休, SPEC §2.1).
 */
public record UnitProfile(
        String name,
        String nature,
        List<String> duties,
        List<String> internalOffices,
        Figure internalOfficeCount,
        List<String> secondaryUnits,
        Figure establishment,
        Figure staffTotal,
        Figure staffActive,
        Figure staffRetiredCadres,
        Figure staffRetired) {

    public UnitProfile {
        duties = duties == null ? List.of() : List.copyOf(duties);
        internalOffices = internalOffices == null ? List.of() : List.copyOf(internalOffices);
        secondaryUnits = secondaryUnits == null ? List.of() : List.copyOf(secondaryUnits);
    }
}
