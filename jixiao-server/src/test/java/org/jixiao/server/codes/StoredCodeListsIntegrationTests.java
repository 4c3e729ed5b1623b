package org.jixiao.server.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.codes.CodeEntry;
import org.jixiao.codes.CodeLists;
import org.jixiao.codes.Scheme;
import org.jixiao.server.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The lists the checker uses: the database's, held in memory and read again when the change counter moves — also
 * after a change another instance made — and what an administrator changed survives the bundled lists' load at start.
 */
@DatabaseTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD) // changes the stored lists
class StoredCodeListsIntegrationTests {

    @Autowired CodeListEntries entries;
    @Autowired StoredCodeLists lists;
    @Autowired CodeLists bundled;
    @Autowired BundledCodeListsLoader loader;
    @Autowired JdbcClient jdbc;

    @Test
    void aRestartKeepsWhatTheAdministratorChangedAndStillCorrectsTheBundledRows() {
        entries.put(2021, Scheme.FUNCTIONAL, List.of(new CodeEntry("2010301", "行政运行（本区）", 3, "20103"),
                new CodeEntry("2010388", "数据治理事务", 3, "20103")), "管理员维护");
        entries.retire(2021, Scheme.FUNCTIONAL, "2010399");
        // A bundled row as an older release stored it: the files correct it.
        jdbc.sql("UPDATE code_list_entries SET name = '旧名称' WHERE fiscal_year = 2021 AND scheme = 'FUNCTIONAL' AND code = '2010302'").update();

        loader.run(null); // what every start does

        List<CodeEntry> after = entries.entries(2021, Scheme.FUNCTIONAL);
        assertThat(after).contains(new CodeEntry("2010301", "行政运行（本区）", 3, "20103"), new CodeEntry("2010388", "数据治理事务", 3, "20103"),
                new CodeEntry("2010302", "一般行政管理事务", 3, "20103"));
        assertThat(after).extracting(CodeEntry::code).doesNotContain("2010399");
        assertThat(entries.find(2021, Scheme.FUNCTIONAL, "2010399")).hasValueSatisfying(s -> assertThat(s.retired()).isTrue());
        assertThat(entries.find(2021, Scheme.FUNCTIONAL, "2010301")).hasValueSatisfying(s -> assertThat(s.byAdministrator()).isTrue());
        assertThat(entries.find(2021, Scheme.FUNCTIONAL, "2010302")).hasValueSatisfying(s -> assertThat(s.byAdministrator()).isFalse());
        // And the checker's lists say the same.
        var functional = lists.forYear(2021).functional();
        assertThat(functional.nameOf("2010301")).contains("行政运行（本区）");
        assertThat(functional.contains("2010388")).isTrue();
        assertThat(functional.contains("2010399")).isFalse();
        // A second start changes nothing at all.
        long version = entries.version();
        loader.run(null);
        assertThat(entries.version()).isEqualTo(version);
    }

    @Test
    void aChangeMadeOnAnotherInstanceIsInForceAtTheNextCheck() {
        // Two instances over one database: each keeps its lists in memory.
        StoredCodeLists other = new StoredCodeLists(entries, bundled);
        assertThat(lists.forYear(2021).functional().contains("2010388")).isFalse();
        assertThat(other.forYear(2021).functional().contains("2010388")).isFalse();

        // The other instance's administrator adds a code (the port raises the counter in the same transaction).
        entries.put(2021, Scheme.FUNCTIONAL, List.of(new CodeEntry("2010388", "数据治理事务", 3, "20103")), "管理员维护");
        assertThat(lists.forYear(2021).functional().contains("2010388")).isTrue();
        assertThat(lists.forYear(2022).functional().contains("2010388")).as("2022 has its own list").isFalse();

        // A row written without raising the counter is not seen: the lists are held, not read at every check …
        long before = lists.version();
        jdbc.sql("""
                INSERT INTO code_list_entries (fiscal_year, scheme, code, name, code_level, parent_code, source, origin)
                VALUES (2021, 'FUNCTIONAL', '2010387', '未计数', 3, '20103', 'x', 'ADMIN')""").update();
        assertThat(lists.forYear(2021).functional().contains("2010387")).isFalse();
        // … and are read again as soon as the counter moves.
        jdbc.sql("UPDATE code_list_state SET change_count = change_count + 1 WHERE id = 1").update();
        assertThat(lists.forYear(2021).functional().contains("2010387")).isTrue();
        assertThat(lists.version()).isGreaterThan(before);
        assertThat(other.forYear(2021).functional().contains("2010387")).isTrue();
    }

    @Test
    void aYearWithoutItsOwnListUsesTheLatestEarlierOnePerScheme() {
        assertThat(lists.yearUsedFor(2021, Scheme.FUNCTIONAL)).isEqualTo(2021);
        assertThat(lists.yearUsedFor(2030, Scheme.FUNCTIONAL)).isEqualTo(2025);
        assertThat(lists.yearUsedFor(2019, Scheme.ECONOMIC)).isEqualTo(2021);
        entries.put(2027, Scheme.ECONOMIC, List.of(new CodeEntry("301", "工资福利支出", 1, null)), "测试");
        assertThat(lists.yearUsedFor(2030, Scheme.ECONOMIC)).isEqualTo(2027);
        assertThat(lists.yearUsedFor(2030, Scheme.FUNCTIONAL)).as("the other scheme keeps its own years").isEqualTo(2025);
        assertThat(lists.forYear(2030).economic().entries()).containsExactly(new CodeEntry("301", "工资福利支出", 1, null));
    }
}
