package org.jixiao.server.accounts.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.accounts.Account;
import org.jixiao.server.accounts.Accounts;
import org.jixiao.server.accounts.Role;
import org.jixiao.server.accounts.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@link Accounts} in the {@code app_users} table; the scope is {@code unit_id} or {@code district_id}. */
@Repository
class JdbcAccounts implements Accounts {

    private static final String COLUMNS = "id, username, display_name, role, unit_id, district_id, created_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Account add(Account account, String passwordHash) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // what both databases keep
        Long unit = account.scope() instanceof Scope.OfUnit u ? u.unitId() : null;
        Long district = account.scope() instanceof Scope.OfDistrict d ? d.districtId() : null;
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_users (username, display_name, role, unit_id, district_id, password_hash, created_at)
                VALUES (:username, :displayName, :role, :unit, :district, :hash, :now)""")
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("role", account.role().name())
                .param("unit", unit)
                .param("district", district)
                .param("hash", passwordHash)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(key, "id");
        return new Account(key.getKey().longValue(), account.username(), account.displayName(), account.role(), account.scope(), now);
    }

    @Override
    public Optional<Account> byUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_users WHERE username = ?").param(username).query(JdbcAccounts::map).optional();
    }

    @Override
    public Optional<String> passwordHash(String username) {
        return jdbc.sql("SELECT password_hash FROM app_users WHERE username = ? AND password_hash IS NOT NULL")
                .param(username).query(String.class).optional();
    }

    @Override
    public boolean setPasswordHash(String username, String passwordHash) {
        return jdbc.sql("UPDATE app_users SET password_hash = ? WHERE username = ?").params(passwordHash, username).update() == 1;
    }

    @Override
    public List<Account> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_users ORDER BY username").query(JdbcAccounts::map).list();
    }

    @Override
    public boolean rename(String username, String displayName) {
        return jdbc.sql("UPDATE app_users SET display_name = ? WHERE username = ?").params(displayName, username).update() == 1;
    }

    @Override
    public boolean remove(String username) {
        return jdbc.sql("DELETE FROM app_users WHERE username = ?").param(username).update() == 1;
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_users").query(Long.class).single();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("unit_id");
        boolean hasUnit = !rs.wasNull();
        long district = rs.getLong("district_id");
        boolean hasDistrict = !rs.wasNull();
        Scope scope = hasUnit ? new Scope.OfUnit(unit) : hasDistrict ? new Scope.OfDistrict(district) : new Scope.Everywhere();
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), scope, rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
