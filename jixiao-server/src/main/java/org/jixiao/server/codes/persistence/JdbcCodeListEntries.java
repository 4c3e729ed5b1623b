package org.jixiao.server.codes.persistence;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jixiao.codes.CodeEntry;
import org.jixiao.codes.CodeList;
import org.jixiao.codes.Scheme;
import org.jixiao.server.codes.CodeListEntries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link CodeListEntries} in the {@code code_list_entries} table, with the change counter in {@code code_list_state}. */
@Repository
class JdbcCodeListEntries implements CodeListEntries {

    private static final String BUNDLED = "BUNDLED";
    private static final String ADMIN = "ADMIN";

    // Explicit SQL types, so that a null parent_code binds the same way on H2 and PostgreSQL.
    private static final int[] INSERT_TYPES = {Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.SMALLINT, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR};
    private static final int[] UPDATE_TYPES = {Types.VARCHAR, Types.SMALLINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR};
    private static final int[] PUT_TYPES = {Types.VARCHAR, Types.SMALLINT, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;

    JdbcCodeListEntries(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
    }

    @Override
    public int store(CodeList list) {
        return transaction.execute(status -> {
            Map<String, Row> stored = rows(list.year(), list.scheme()).stream().collect(Collectors.toMap(r -> r.entry().code(), Function.identity()));
            List<Object[]> added = new ArrayList<>();
            List<Object[]> corrected = new ArrayList<>();
            for (CodeEntry entry : list.entries()) {
                Row old = stored.get(entry.code());
                if (old == null) {
                    added.add(new Object[] {list.year(), list.scheme().name(), entry.code(), entry.name(), entry.level(), entry.parent(), list.source(),
                            BUNDLED});
                } else if (old.origin().equals(BUNDLED) && !old.retired()
                        && (!old.entry().equals(entry) || !Objects.equals(old.source(), list.source()))) {
                    corrected.add(new Object[] {entry.name(), entry.level(), entry.parent(), list.source(), list.year(), list.scheme().name(), entry.code()});
                }
            }
            batch.batchUpdate("""
                    INSERT INTO code_list_entries (fiscal_year, scheme, code, name, code_level, parent_code, source, origin)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", added, INSERT_TYPES);
            batch.batchUpdate("""
                    UPDATE code_list_entries SET name = ?, code_level = ?, parent_code = ?, source = ?
                    WHERE fiscal_year = ? AND scheme = ? AND code = ? AND origin = 'BUNDLED'""", corrected, UPDATE_TYPES);
            int changed = added.size() + corrected.size();
            if (changed > 0) changed();
            return changed;
        });
    }

    @Override
    public List<CodeEntry> entries(int year, Scheme scheme) {
        return jdbc.sql("""
                SELECT code, name, code_level, parent_code FROM code_list_entries
                WHERE fiscal_year = ? AND scheme = ? AND retired = FALSE ORDER BY code""")
                .params(year, scheme.name())
                .query((rs, n) -> new CodeEntry(rs.getString("code"), rs.getString("name"), rs.getInt("code_level"), rs.getString("parent_code")))
                .list();
    }

    @Override
    public List<CodeList> lists() {
        record Listed(int year, Scheme scheme, CodeEntry entry, String source, boolean bundled) {}
        List<Listed> all = jdbc.sql("""
                SELECT fiscal_year, scheme, code, name, code_level, parent_code, source, origin FROM code_list_entries
                WHERE retired = FALSE ORDER BY fiscal_year, scheme, code""")
                .query((rs, n) -> new Listed(rs.getInt("fiscal_year"), Scheme.valueOf(rs.getString("scheme")),
                        new CodeEntry(rs.getString("code"), rs.getString("name"), rs.getInt("code_level"), rs.getString("parent_code")),
                        rs.getString("source"), BUNDLED.equals(rs.getString("origin"))))
                .list();
        Map<String, List<Listed>> byList = new LinkedHashMap<>();
        for (Listed l : all) byList.computeIfAbsent(l.year() + "/" + l.scheme(), k -> new ArrayList<>()).add(l);
        List<CodeList> lists = new ArrayList<>();
        for (List<Listed> rows : byList.values()) {
            Listed first = rows.get(0);
            // The list's source: that of its bundled rows, else that of its first code.
            String source = rows.stream().filter(Listed::bundled).map(Listed::source).findFirst().orElse(first.source());
            lists.add(CodeList.of(first.scheme(), first.year(), source, rows.stream().map(Listed::entry).toList()));
        }
        return lists;
    }

    @Override
    public List<Integer> years(Scheme scheme) {
        return jdbc.sql("SELECT DISTINCT fiscal_year FROM code_list_entries WHERE scheme = ? AND retired = FALSE ORDER BY fiscal_year")
                .param(scheme.name()).query(Integer.class).list();
    }

    @Override
    public Optional<Stored> find(int year, Scheme scheme, String code) {
        return jdbc.sql("""
                SELECT code, name, code_level, parent_code, source, origin, retired FROM code_list_entries
                WHERE fiscal_year = ? AND scheme = ? AND code = ?""")
                .params(year, scheme.name(), code)
                .query((rs, n) -> new Stored(new CodeEntry(rs.getString("code"), rs.getString("name"), rs.getInt("code_level"),
                        rs.getString("parent_code")), ADMIN.equals(rs.getString("origin")), rs.getBoolean("retired"), rs.getString("source")))
                .optional();
    }

    @Override
    public void put(int year, Scheme scheme, List<CodeEntry> entries, String source) {
        if (entries.isEmpty()) return;
        transaction.executeWithoutResult(status -> {
            Map<String, Row> stored = rows(year, scheme).stream().collect(Collectors.toMap(r -> r.entry().code(), Function.identity()));
            List<Object[]> added = new ArrayList<>();
            List<Object[]> updated = new ArrayList<>();
            for (CodeEntry e : entries) {
                if (stored.containsKey(e.code())) {
                    updated.add(new Object[] {e.name(), e.level(), e.parent(), year, scheme.name(), e.code()});
                } else {
                    added.add(new Object[] {year, scheme.name(), e.code(), e.name(), e.level(), e.parent(), source, ADMIN});
                }
            }
            batch.batchUpdate("""
                    INSERT INTO code_list_entries (fiscal_year, scheme, code, name, code_level, parent_code, source, origin)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", added, INSERT_TYPES);
            batch.batchUpdate("""
                    UPDATE code_list_entries SET name = ?, code_level = ?, parent_code = ?, origin = 'ADMIN', retired = FALSE
                    WHERE fiscal_year = ? AND scheme = ? AND code = ?""", updated, PUT_TYPES);
            changed();
        });
    }

    @Override
    public void retire(int year, Scheme scheme, String code) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE code_list_entries SET retired = TRUE, origin = 'ADMIN' WHERE fiscal_year = ? AND scheme = ? AND code = ?")
                    .params(year, scheme.name(), code).update();
            changed();
        });
    }

    @Override
    public long version() {
        return jdbc.sql("SELECT change_count FROM code_list_state WHERE id = 1").query(Long.class).single();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM code_list_entries").query(Long.class).single();
    }

    private void changed() {
        jdbc.sql("UPDATE code_list_state SET change_count = change_count + 1 WHERE id = 1").update();
    }

    private List<Row> rows(int year, Scheme scheme) {
        return jdbc.sql("""
                SELECT code, name, code_level, parent_code, source, origin, retired FROM code_list_entries
                WHERE fiscal_year = ? AND scheme = ?""")
                .params(year, scheme.name())
                .query((rs, n) -> new Row(new CodeEntry(rs.getString("code"), rs.getString("name"), rs.getInt("code_level"),
                        rs.getString("parent_code")), rs.getString("source"), rs.getString("origin"), rs.getBoolean("retired")))
                .list();
    }

    private record Row(CodeEntry entry, String source, String origin, boolean retired) {}
}
