package org.jixiao.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodeListsTests {

    private static final CodeLists LISTS = CodeLists.bundled();

    private static final List<Integer> SHIPPED = List.of(2021, 2022, 2023, 2024, 2025);

    /** 支出功能分类 类 common to 2021–2025. */
    private static final Set<String> FUNCTIONAL_CLASSES = Set.of(
            "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "211", "212", "213", "214",
            "215", "216", "217", "219", "220", "221", "222", "223", "224", "227", "229", "230", "231", "232",
            "233");

    /** 部门预算支出经济分类 类 (财预〔2017〕98号 layout), 2021–2025. */
    private static final Set<String> ECONOMIC_CLASSES =
            Set.of("301", "302", "303", "307", "309", "310", "311", "312", "313", "399");

    static Stream<Integer> years() {
        return SHIPPED.stream();
    }

    @Test
    void theShippedYearsAre2021To2025() {
        assertEquals(SHIPPED, LISTS.years());
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyYearLoadsBothSchemesWithTheirSource(int year) {
        YearCodeLists lists = LISTS.forYear(year);
        assertEquals(year, lists.year());
        for (Scheme scheme : Scheme.values()) {
            CodeList list = lists.scheme(scheme);
            assertEquals(year, list.year());
            assertEquals(scheme, list.scheme());
            assertFalse(list.entries().isEmpty(), year + " " + scheme);
            assertTrue(list.source().startsWith("财政部《" + year + "年政府收支分类科目》"),
                    year + " " + scheme + " source: " + list.source());
        }
    }

    @ParameterizedTest
    @MethodSource("years")
    void everyProjectRollsUpToItsTypeAndClass(int year) {
        for (Scheme scheme : Scheme.values()) {
            CodeList list = LISTS.forYear(year).scheme(scheme);
            for (CodeEntry e : list.entries()) {
                assertEquals(e.code().length() == 3 ? 1 : e.code().length() == 5 ? 2 : 3, e.level(), e.code());
                if (e.level() == 1) {
                    assertTrue(e.parentCode().isEmpty(), e.code());
                    continue;
                }
                CodeEntry parent = list.entry(e.parent()).orElseThrow(() -> new AssertionError("no parent of " + e.code()));
                assertEquals(e.level() - 1, parent.level(), e.code());
                assertTrue(e.code().startsWith(parent.code()), e.code());
                if (e.level() == 3) {
                    String classCode = e.code().substring(0, 3);
                    assertEquals(classCode, parent.parent(), e.code());
                    assertTrue(list.contains(classCode), e.code());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("years")
    void economicListsHaveNoProjects(int year) {
        assertTrue(LISTS.forYear(year).economic().entries().stream().allMatch(e -> e.level() <= 2));
    }

    @ParameterizedTest
    @MethodSource("years")
    void bothSchemesHaveTheFullClassLevel(int year) {
        Set<String> functional = new TreeSet<>(FUNCTIONAL_CLASSES);
        if (year <= 2021) functional.add("234");
        assertEquals(functional, classesOf(LISTS.forYear(year).functional()));
        assertEquals(new TreeSet<>(ECONOMIC_CLASSES), classesOf(LISTS.forYear(year).economic()));
    }

    static Stream<Arguments> economicTypes() {
        return Stream.of(
                Arguments.of("301", List.of("30101", "30102", "30103", "30106", "30107", "30108", "30109", "30110",
                        "30111", "30112", "30113", "30114", "30199")),
                Arguments.of("302", List.of("30201", "30202", "30203", "30204", "30205", "30206", "30207", "30208",
                        "30209", "30211", "30212", "30213", "30214", "30215", "30216", "30217", "30218", "30224",
                        "30225", "30226", "30227", "30228", "30229", "30231", "30239", "30240", "30299")),
                Arguments.of("303", List.of("30301", "30302", "30303", "30304", "30305", "30306", "30307", "30308",
                        "30309", "30310", "30311", "30399")),
                Arguments.of("307", List.of("30701", "30702", "30703", "30704")),
                Arguments.of("309", List.of("30901", "30902", "30903", "30905", "30906", "30907", "30908", "30913",
                        "30919", "30921", "30922", "30999")),
                Arguments.of("310", List.of("31001", "31002", "31003", "31005", "31006", "31007", "31008", "31009",
                        "31010", "31011", "31012", "31013", "31019", "31021", "31022", "31099")),
                Arguments.of("399", List.of("39906", "39907", "39908", "39999")));
    }

    @ParameterizedTest
    @MethodSource("economicTypes")
    void everyShippedYearHasEveryEconomicType(String classCode, List<String> types) {
        for (int year : SHIPPED) {
            List<String> actual = LISTS.forYear(year).economic().childrenOf(classCode).stream()
                    .map(CodeEntry::code).toList();
            assertEquals(types, actual, year + " " + classCode);
        }
    }

    @Test
    void namesMatchThoseThe2021SeedPrints() {
        CodeList functional = LISTS.forYear(2021).functional();
        CodeList economic = LISTS.forYear(2021).economic();
        assertEquals("一般公共服务支出", functional.nameOf("201").orElseThrow());
        assertEquals("政府办公厅（室）及相关机构事务", functional.nameOf("20103").orElseThrow());
        assertEquals("行政运行", functional.nameOf("2010301").orElseThrow());
        assertEquals("一般行政管理事务", functional.nameOf("2010302").orElseThrow());
        assertEquals("其他政府办公厅（室）及相关机构事务支出", functional.nameOf("2010399").orElseThrow());
        assertEquals("其他一般公共服务支出", functional.nameOf("2019999").orElseThrow());
        assertEquals("卫生健康支出", functional.nameOf("210").orElseThrow());
        assertEquals("突发公共卫生事件应急处理", functional.nameOf("2100410").orElseThrow());
        assertEquals("其他城乡社区管理事务支出", functional.nameOf("2120199").orElseThrow());
        assertEquals("其他支出", functional.nameOf("2299999").orElseThrow());
        assertEquals("公务用车运行维护费", economic.nameOf("30231").orElseThrow());
        assertEquals("因公出国（境）费用", economic.nameOf("30212").orElseThrow());
        assertEquals("公务接待费", economic.nameOf("30217").orElseThrow());
        assertEquals("公务用车购置", economic.nameOf("31013").orElseThrow());
        assertEquals("机关事业单位基本养老保险缴费", economic.nameOf("30108").orElseThrow());
        assertEquals("代缴社会保险费", economic.nameOf("30311").orElseThrow());
        assertEquals("对民间非营利组织和群众性自治组织补贴", economic.nameOf("39908").orElseThrow());
    }

    @Test
    void codesADistrictUnitUsesArePresentEveryYear() {
        for (int year : SHIPPED) {
            CodeList functional = LISTS.forYear(year).functional();
            for (String code : List.of("2010101", "2010102", "2010103", "2010150", "2010199", "2010350",
                    "2013101", "2012902", "2080501", "2080502", "2080505", "2080506", "2100410", "2101101",
                    "2101102", "2101103", "2120199", "2210201", "2210202", "2210203", "2019999", "2299999")) {
                assertTrue(functional.contains(code), year + " " + code);
            }
            assertEquals("机关事业单位基本养老保险缴费支出", functional.nameOf("2080505").orElseThrow());
            assertEquals("灾害防治及应急管理支出", functional.nameOf("224").orElseThrow());
            assertEquals("文化旅游体育与传媒支出", functional.nameOf("207").orElseThrow());
        }
    }

    @Test
    void theCoreClassesListTheirTypesAndEveryTypeOf201ItsStandardProjects() {
        CodeList functional = LISTS.forYear(2021).functional();
        for (String classCode : List.of("201", "205", "207", "208", "210", "212", "213", "214", "221", "224", "229")) {
            assertFalse(functional.childrenOf(classCode).isEmpty(), classCode);
        }
        for (CodeEntry type : functional.childrenOf("201")) {
            if (type.code().equals("20199")) continue; // 其他一般公共服务支出: 2019901 国家赔偿费用支出, 2019999
            String code = type.code();
            assertEquals("行政运行", functional.nameOf(code + "01").orElse(null), code);
            assertEquals("一般行政管理事务", functional.nameOf(code + "02").orElse(null), code);
            assertEquals("机关服务", functional.nameOf(code + "03").orElse(null), code);
            assertTrue(functional.nameOf(code + "99").orElse("").startsWith("其他"), code);
            functional.nameOf(code + "50").ifPresent(n -> assertEquals("事业运行", n, code));
        }
    }

    @Test
    void perYearDifferencesAreKept() {
        assertEquals("抗疫特别国债安排的支出", LISTS.forYear(2021).functional().nameOf("234").orElseThrow());
        assertFalse(LISTS.forYear(2022).functional().contains("234"));
        assertEquals("巩固脱贫攻坚成果衔接乡村振兴", LISTS.forYear(2022).functional().nameOf("21305").orElseThrow());
        assertTrue(LISTS.forYear(2024).functional().contains("2130504"));
        assertFalse(LISTS.forYear(2023).functional().contains("2130504"));
    }

    @Test
    void aYearBeyondTheLastShippedUsesTheLatest() {
        assertEquals(2025, LISTS.yearUsedFor(2026));
        assertEquals(2025, LISTS.forYear(2030).year());
        assertEquals(2023, LISTS.yearUsedFor(2023));
        assertEquals(2021, LISTS.yearUsedFor(2019), "a year before the first uses the first");
    }

    static Stream<Arguments> malformedFiles() {
        String head = "# source: test\ncode,name\n";
        return Stream.of(
                Arguments.of(Scheme.FUNCTIONAL, head + "201,一般公共服务支出\n2010301,行政运行\n", 4, "上级编码 20103"),
                Arguments.of(Scheme.FUNCTIONAL, head + "201,一般公共服务支出\n2011,坏编码\n", 4, "编码应为3、5或7位数字"),
                Arguments.of(Scheme.FUNCTIONAL, head + "201,一般公共服务支出\n201,一般公共服务支出\n", 4, "编码重复"),
                Arguments.of(Scheme.FUNCTIONAL, head + "201 一般公共服务支出\n", 3, "应为 编码,名称"),
                Arguments.of(Scheme.FUNCTIONAL, head + "201,\n", 3, "缺少名称"),
                Arguments.of(Scheme.ECONOMIC, head + "301,工资福利支出\n30101,基本工资\n3010101,x\n", 5, "经济分类没有7位编码"),
                Arguments.of(Scheme.ECONOMIC, "code,name\n301,工资福利支出\n", 1, "缺少来源说明"));
    }

    @ParameterizedTest
    @MethodSource("malformedFiles")
    void theLoaderRefusesAMalformedFileNamingFileAndLine(Scheme scheme, String text, int line, String reason) {
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        CodeListFormatException e = assertThrows(CodeListFormatException.class,
                () -> CodeLists.parse("codes/2099/" + scheme.fileName(), scheme, 2099, in));
        assertTrue(e.getMessage().startsWith("codes/2099/" + scheme.fileName() + " 第" + line + "行："), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void theLoaderRefusesAMalformedResourceFile() throws IOException {
        String resource = "codes-malformed/missing-parent.csv";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in);
            CodeListFormatException e = assertThrows(CodeListFormatException.class,
                    () -> CodeLists.parse(resource, Scheme.FUNCTIONAL, 2021, in));
            assertEquals(resource + " 第5行：上级编码 20103 未在此前列出", e.getMessage());
        }
    }

    private static Set<String> classesOf(CodeList list) {
        return list.entries().stream().filter(e -> e.level() == 1).map(CodeEntry::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
