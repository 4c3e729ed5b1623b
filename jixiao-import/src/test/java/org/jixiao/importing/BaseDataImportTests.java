package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jixiao.report.domain.BaseDataRow;
import org.jixiao.report.domain.BaseDataSheet;
import org.junit.jupiter.api.Test;

/** A 基础数据表 in the Hunan whole-unit template (no seed has one; the layout follows SPEC §2.2). */
class BaseDataImportTests {

    private static final String DOCUMENT = String.join("\n",
            "单位名称：某区机关事务服务中心",
            "2023年度部门整体支出绩效评价基础数据表",
            "财政供养人员情况\t编制数\t2023年实际在职人数\t控制率",
            "\t15\t16\t106.67%",
            "经费控制情况\t2022年决算数\t2023年预算数\t2023年决算数",
            "三公经费\t95.00\t100.00\t92.51",
            "1、公务用车购置和维护经费\t95.00\t100.00\t92.51",
            "其中：公车购置\t0.00\t0.00\t0.00",
            "公车运行维护\t95.00\t100.00\t92.51",
            "2、出国经费\t0.00\t0.00\t0.00",
            "3、公务接待\t0.00\t0.00\t0.00",
            "项目支出\t1200.00\t588.50\t1138.53",
            "1、业务工作经费\t600.00\t300.00\t500.00",
            "公用经费\t60.00\t55.00\t56.70",
            "其中：办公经费\t6.00\t5.00\t5.71",
            "政府采购金额\t500.00\t400.00\t532.13",
            "楼堂馆所控制情况\t",
            "批复规模（㎡）\t实际规模（㎡）\t规模控制率\t预算投资（万元）\t实际投资（万元）\t投资概算控制率",
            "0\t0\t0%\t0.00\t0.00\t0%",
            "厉行节约保障措施\t严格执行公务卡结算制度。");

    @Test
    void mapsStaffMoneyRowsBuildingsAndMeasures() throws Exception {
        ImportResult result = new DocumentImporter().importBytes("基础数据表.txt", DOCUMENT.getBytes(StandardCharsets.UTF_8));

        BaseDataSheet base = result.report().selfEvaluation().baseData();
        assertThat(base.establishment().text()).isEqualTo("15");
        assertThat(base.activeStaff().text()).isEqualTo("16");
        assertThat(base.controlRate().text()).isEqualTo("106.67%");
        assertThat(base.rows()).extracting(BaseDataRow::key).containsExactly("three-public", "vehicle-purchase", "vehicle-running", "abroad",
                "reception", "project", "project.业务工作经费", "public", "office", "procurement");
        assertThat(base.row("vehicle-running").orElseThrow().currentActual().text()).isEqualTo("92.51");
        assertThat(base.row("procurement").orElseThrow().currentActual().at().line()).isEqualTo(16);
        assertThat(base.buildingScaleControlRate().text()).isEqualTo("0%");
        assertThat(base.savingMeasures()).isEqualTo("严格执行公务卡结算制度。");
        assertThat(result.notes()).extracting(ImportNote::reason).containsExactly("基础数据表的行“1、公务用车购置和维护经费”在模型中没有对应项，未导入");
    }
}
