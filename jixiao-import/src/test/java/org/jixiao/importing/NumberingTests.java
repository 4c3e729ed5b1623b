package org.jixiao.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.importing.document.Numbering;
import org.jixiao.importing.document.Numbering.Style;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberingTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一、收入决算情况说明|一、|CHINESE|收入决算情况说明",
        "十五、其他重要事项情况说明|十五、|CHINESE|其他重要事项情况说明",
        "（一）基本支出情况|（一）|CHINESE_PAREN|基本支出情况",
        "(一）部门整体支出绩效情况|(一）|CHINESE_PAREN|部门整体支出绩效情况",
        "1、人员情况|1、|ARABIC|人员情况",
        "1.机构情况。|1.|ARABIC|机构情况。",
        "6.院内安全切实加强。|6.|ARABIC|院内安全切实加强。",
        "(1)负责研究制定|(1)|ARABIC_PAREN|负责研究制定",
        "（1） 部门（单位）基本情况|（1）|ARABIC_PAREN|部门（单位）基本情况",
        "①车辆保障|①|CIRCLED|车辆保障"})
    void readsEveryNumberingStyle(String text, String token, Style style, String rest) {
        assertThat(Numbering.split(text)).hasValueSatisfying(t -> {
            assertThat(t.token()).isEqualTo(token);
            assertThat(t.style()).isEqualTo(style);
            assertThat(t.rest()).isEqualTo(rest);
        });
    }

    @ParameterizedTest
    @CsvSource({"2021年度收支总计1474.07万元", "1474.07万元", "一般公共服务支出"})
    void leavesTextWithoutNumberingAlone(String text) {
        assertThat(Numbering.split(text)).isEmpty();
    }
}
