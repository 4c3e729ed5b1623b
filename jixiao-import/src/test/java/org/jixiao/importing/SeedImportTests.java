package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.importing.ReportAssertions.cell;

import java.util.List;
import org.jixiao.report.domain.DocumentKind;
import org.jixiao.report.domain.Report;
import org.jixiao.report.domain.Section;
import org.jixiao.report.domain.TableKind;
import org.jixiao.report.json.ReportJson;
import org.junit.jupiter.api.Test;

class SeedImportTests {

    private final DocumentImporter importer = new DocumentImporter();

    @Test
    void seed004ImportsAllNineTablesWithHandCheckedValues() throws Exception {
        ImportResult result = importer.importFile(Seeds.path(Seeds.SEED_004));

        Report report = result.report();
        assertThat(result.format()).isEqualTo(DocumentFormat.TXT);
        assertThat(report.header().unitName()).isEqualTo("株洲市石峰区机关事务服务中心");
        assertThat(report.header().fiscalYear()).isEqualTo(2021);
        assertThat(report.header().documents()).containsExactly(DocumentKind.FINAL_ACCOUNTS, DocumentKind.SELF_EVALUATION);
        ReportAssertions.hasSeed004Tables(report);
        assertThat(report.finalAccounts().tables()).extracting(t -> t.number())
                .containsExactly("公开01表", "公开02表", "公开03表", "公开 04 表", "公开05表", "公开06表", "公开07表", "公开 08 表", null);
        assertThat(cell(report, TableKind.INCOME_EXPENDITURE_SUMMARY, "income.general-budget", "amount").at().line()).isEqualTo(85);
        assertThat(cell(report, TableKind.INCOME, "210", "total").at().line()).isEqualTo(140);
        assertThat(cell(report, TableKind.EXPENDITURE, "total", "project").at().describe())
                .isEqualTo("004_68430ab860a868e4.txt 公开03表 第162行");
        assertThat(cell(report, TableKind.BASIC_EXPENDITURE_DETAIL, "30231", "amount").at().line()).isEqualTo(291);
        assertThat(ReportAssertions.table(report, TableKind.INCOME_EXPENDITURE_SUMMARY).notes()).hasSize(2);
        assertThat(ReportAssertions.table(report, TableKind.INCOME_EXPENDITURE_SUMMARY).unitLabel()).isEqualTo("万元");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void seed004ImportsTheWholeUnitSheetAndFourProjectSheets() throws Exception {
        Report report = importer.importFile(Seeds.path(Seeds.SEED_004)).report();

        ReportAssertions.hasSeed004Sheets(report);
        assertThat(report.selfEvaluation().sheets().get(0).indicators().get(0).at().line()).isEqualTo(587);
    }

    @Test
    void seed004SplitsTheNarrativeIntoPartsWithNumberedSections() throws Exception {
        Report report = importer.importFile(Seeds.path(Seeds.SEED_004)).report();

        List<Section> accounts = part(report, "final-accounts");
        assertThat(accounts).filteredOn(s -> s.level() == 1).extracting(Section::numbering).containsExactly(
                "一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、", "十二、", "十三、", "十四、", "十五、");
        assertThat(accounts).filteredOn(s -> "（三）".equals(s.numbering())).singleElement()
                .returns("财政拨款支出决算具体情况", Section::heading).returns(2, Section::level);
        assertThat(accounts).filteredOn(s -> "（1）".equals(s.numbering())).singleElement().returns(2, Section::level);
        assertThat(part(report, "profile")).extracting(Section::heading).containsExactly("部门职责", "机构设置及决算单位构成", "内设机构设置", "决算单位构成");
        assertThat(part(report, "glossary")).hasSize(8).first()
                .returns("一、", Section::numbering).returns("财政拨款收入", Section::heading)
                .satisfies(s -> assertThat(s.paragraphs().get(0).text()).isEqualTo("指单位从同级财政部门取得的财政预算资金。"));
        // 1、…（项）。 items followed by their explanation are headings; the 部门职责 list items stay paragraphs.
        assertThat(accounts).filteredOn(s -> s.level() == 3).extracting(Section::numbering).containsExactly("1、", "2、", "3、", "4、", "5、", "6、");
        assertThat(report.unit().duties()).hasSize(7).last().isEqualTo("完成区委、区政府交办的其他工作。");
        // 本部门…减少34.43 / 万元，减少37.78%… is one sentence broken by the export.
        assertThat(accounts).filteredOn(s -> "十、".equals(s.numbering())).singleElement()
                .satisfies(s -> assertThat(s.paragraphs()).singleElement().satisfies(p -> assertThat(p.text()).contains("减少34.43万元，减少37.78%")));
        List<Section> evaluation = part(report, "evaluation");
        assertThat(evaluation).extracting(Section::numbering).containsExactly("一、", "二、", "三、", "(一)", "（二）", "（1）", "（2）", "（3）", "四、", "五、");
        assertThat(evaluation).extracting(Section::level).containsExactly(1, 1, 1, 2, 2, 3, 3, 3, 1, 1);
        assertThat(part(report, "other")).singleElement().satisfies(s -> assertThat(s.paragraphs()).extracting(p -> p.text())
                .containsExactly("2021年度", "株洲市石峰区机关事务服务中心", "部门决算"));
        assertThat(accounts.get(0).paragraphs().get(0).text()).startsWith("2021年度收、支总计1474.07万元");
        assertThat(accounts.get(0).paragraphs().get(0).at().line()).isEqualTo(352);
        assertThat(report.unit().internalOffices()).containsExactly("办公室", "物管股", "公车平台股", "后勤股");
        assertThat(report.unit().establishment().text()).isEqualTo("15");
        assertThat(report.unit().staffTotal().text()).isEqualTo("30");
    }

    @Test
    void seed000KeepsBrokenNumberingAndRepairsMisnumberedSiblings() throws Exception {
        ImportResult result = importer.importFile(Seeds.path(Seeds.SEED_000));
        Report report = result.report();

        assertThat(report.header().fiscalYear()).isEqualTo(2024);
        assertThat(report.header().unitName()).isEqualTo("株洲市芦淞区机关事务服务中心");
        List<Section> sections = part(report, "evaluation");
        // 一、 二、 then 六、 七、 八、 十、: the document skips numbers; they stay as written.
        assertThat(sections).filteredOn(s -> s.level() == 1 && s.numbering() != null).extracting(Section::numbering)
                .containsExactly("一、", "二、", "六、", "七、", "八、", "十、");
        // （1） then （二） under 一、: the misnumbered first item and its sibling are both level 2.
        assertThat(sections).filteredOn(s -> s.heading().startsWith("部门（单位）")).extracting(Section::level).containsExactly(2, 2);
        // Run-in headings: 1.机构情况。株洲市… is a heading and its paragraph.
        assertThat(sections).filteredOn(s -> "机构情况".equals(s.heading())).singleElement()
                .returns("1.", Section::numbering).returns(3, Section::level)
                .satisfies(s -> assertThat(s.paragraphs().get(0).text()).startsWith("株洲市芦淞区机关事务服务中心"));
        assertThat(sections).filteredOn(s -> "主要职能:".equals(s.heading())).singleElement()
                .satisfies(s -> assertThat(s.paragraphs()).hasSize(11));
        // Under 二、: （一） （2） 3、 4、 5、 are five siblings.
        assertThat(sections).filteredOn(s -> s.heading().endsWith("支出情况") && s.level() == 2).extracting(Section::numbering)
                .containsExactly("（一）", "（2）", "3、", "4、", "5、");
        assertThat(sections).filteredOn(s -> "(一）".equals(s.numbering())).singleElement().returns(2, Section::level);
        assertThat(sections).filteredOn(s -> s.level() == 3 && s.at().line() >= 54 && s.at().line() <= 59).extracting(Section::numbering)
                .containsExactly("1、", "2、", "3、", "4、", "5、", "6.");
        assertThat(sections.get(0).paragraphs()).noneMatch(p -> p.text().contains("bookmark"));
    }

    @Test
    void seed002ImportsItsElevenTopLevelSections() throws Exception {
        Report report = importer.importFile(Seeds.path(Seeds.SEED_002)).report();

        assertThat(report.header().unitName()).isEqualTo("芙蓉区机关事务中心");
        assertThat(report.header().documents()).containsExactly(DocumentKind.SELF_EVALUATION);
        List<Section> sections = part(report, "evaluation");
        assertThat(sections).filteredOn(s -> s.level() == 1).extracting(Section::numbering)
                .containsExactly("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、");
        assertThat(sections).filteredOn(s -> s.level() == 2).extracting(Section::numbering)
                .containsExactly("(一)", "(二)", "(一)", "(二)", "(一)", "(二)", "(三)", "(四)", "(五)");
        assertThat(sections).filteredOn(s -> "(二)".equals(s.numbering())).first().returns("部门整体支出规模、使用方向和主要内容、涉及范围等。", Section::heading);
        assertThat(sections).filteredOn(s -> s.level() == 3).extracting(Section::heading).containsExactly("人员情况", "机构设置", "职能职责");
        assertThat(sections.get(sections.size() - 1).paragraphs()).extracting(p -> p.text()).contains("其他需要说明的问题");
    }

    @Test
    void importedReportsWriteAsCanonicalJson() throws Exception {
        for (String seed : List.of(Seeds.SEED_000, Seeds.SEED_002, Seeds.SEED_004)) {
            Report report = importer.importFile(Seeds.path(seed)).report();
            ReportJson json = new ReportJson();
            String written = json.write(report);
            assertThat(json.write(json.read(written))).isEqualTo(written);
        }
    }

    static List<Section> part(Report report, String part) {
        return report.narrative().stream().filter(s -> s.part().equals(part)).toList();
    }
}
