package org.jixiao.server.rollup;

import java.util.List;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.accounts.Scope;
import org.jixiao.server.problems.Forbidden;
import org.jixiao.server.problems.Invalid;
import org.jixiao.server.problems.NotFound;
import org.jixiao.server.units.District;
import org.jixiao.server.units.Districts;
import org.springframework.stereotype.Service;

/**
 * District, city and province 汇总 of approved and published reports, with the access rules in the service layer:
 * a reviewer (财政审核人) sees the roll-up of their own district only, an administrator any level; unit staff none.
 */
@Service
public class Rollups {

    private final ReportFigures figures;
    private final Districts districts;

    Rollups(ReportFigures figures, Districts districts) {
        this.figures = figures;
        this.districts = districts;
    }

    /** The roll-up a reviewer sees first: their district (nothing for an administrator, who chooses). */
    public String defaultCode(Account who, RollupLevel level) {
        if (who.role() != Role.REVIEWER && who.role() != Role.ADMIN) throw new Forbidden("只有财政审核人和管理员可以查看汇总。");
        if (who.scope() instanceof Scope.OfDistrict d) {
            return districts.byId(d.districtId()).map(District::code).orElseThrow(() -> new NotFound("没有该区县。"));
        }
        return null;
    }

    public Rollup rollup(Account who, RollupLevel level, String code, int fiscalYear) {
        if (who.role() == Role.REVIEWER) {
            String own = defaultCode(who, RollupLevel.DISTRICT);
            if (level != RollupLevel.DISTRICT || !own.equals(code)) {
                throw new Forbidden("财政审核人只能查看本区县（" + own + "）的汇总。");
            }
        } else if (who.role() != Role.ADMIN) {
            throw new Forbidden("只有财政审核人和管理员可以查看汇总。");
        }
        if (code == null || code.isBlank()) throw new Invalid("请指定汇总范围的代码（code）：区县代码、市州名称（含省名）或省名。");
        if (fiscalYear < 2000 || fiscalYear > 2100) throw new Invalid("年度应在 2000–2100 之间：" + fiscalYear);
        figures.classifyDistricts();
        long start = System.nanoTime();
        String name;
        List<RollupRow> rows;
        switch (level) {
            case DISTRICT -> {
                name = figures.districtName(code).orElseThrow(() -> new NotFound("没有代码为 " + code + " 的区县。"));
                rows = figures.byUnit(code, fiscalYear);
            }
            case CITY -> {
                if (!figures.cityExists(code)) throw new NotFound("没有名为 " + code + " 的市州（请写全称，含省名，如 湖南省长沙市）。");
                name = code;
                rows = figures.byDistrict(code, fiscalYear);
            }
            default -> {
                if (!figures.provinceExists(code)) throw new NotFound("没有名为 " + code + " 的省。");
                name = code;
                rows = figures.byCity(code, fiscalYear);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        KeyFigures total = rows.stream().map(RollupRow::figures).reduce(KeyFigures.NONE, KeyFigures::plus);
        long reports = rows.stream().mapToLong(RollupRow::reports).sum();
        return new Rollup(level, code, name, fiscalYear, rows, reports, total, millis);
    }
}
