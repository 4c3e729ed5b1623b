package org.jixiao.server.codes.persistence;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/** {@link CodeListEntries} in the {@code code_list_entries} table. */
@Repository
class JdbcCodeListEntries implements CodeListEntries {

    // Explicit SQL types, so that a null parent_code binds the same way on H2 and PostgreSQL.
    private static final int[] INSERT_TYPES = {Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.SMALLINT, Types.VARCHAR, Types.VARCHAR};
    private static final int[] UPDATE_TYPES = {Types.VARCHAR, Types.SMALLINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR, Types.VARCHAR};

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
            Map<String, Stored> stored = jdbc.sql("""
                    SELECT code, name, code_level, parent_code, source FROM code_list_entries
                    WHERE fiscal_year = ? AND scheme = ?""")
                    .params(list.year(), list.scheme().name())
                    .query((rs, n) -> new Stored(new CodeEntry(rs.getString("code"), rs.getString("name"), rs.getInt("code_level"),
                            rs.getString("parent_code")), rs.getString("source")))
                    .list().stream().collect(Collectors.toMap(s -> s.entry().code(), Function.identity()));
            List<Object[]> added = new ArrayList<>();
            List<Object[]> corrected = new ArrayList<>();
            for (CodeEntry entry : list.entries()) {
                Stored old = stored.get(entry.code());
                if (old == null) {
                    added.add(new Object[] {list.year(), list.scheme().name(), entry.code(), entry.name(), entry.level(), entry.parent(), list.source()});
                } else if (!old.entry().equals(entry) || !Objects.equals(old.source(), list.source())) {
                    corrected.add(new Object[] {entry.name(), entry.level(), entry.parent(), list.source(), list.year(), list.scheme().name(), entry.code()});
                }
            }
            batch.batchUpdate("""
                    INSERT INTO code_list_entries (fiscal_year, scheme, code, name, code_level, parent_code, source)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", added, INSERT_TYPES);
            batch.batchUpdate("""
                    UPDATE code_list_entries SET name = ?, code_level = ?, parent_code = ?, source = ?
                    WHERE fiscal_year = ? AND scheme = ? AND code = ?""", corrected, UPDATE_TYPES);
            return added.size() + corrected.size();
        });
    }

    @Override
    public List<CodeEntry> entries(int year, Scheme scheme) {
        return jdbc.sql("""
                SELECT code, name, code_level, parent_code FROM code_list_entries
                WHERE fiscal_year = ? AND scheme = ? ORDER BY code""")
                .params(year, scheme.name())
                .query((rs, n) -> new CodeEntry(rs.getString("code"), rs.getString("name"), rs.getInt("code_level"), rs.getString("parent_code")))
                .list();
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM code_list_entries").query(Long.class).single();
    }

    private record Stored(CodeEntry entry, String source) {}
}
