package org.jixiao.server.units.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.units.District;
import org.jixiao.server.units.Districts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@link Districts} in the {@code districts} table. */
@Repository
class JdbcDistricts implements Districts {

    private static final String COLUMNS = "id, code, name, region";

    private final JdbcClient jdbc;

    JdbcDistricts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public District add(String code, String name, String region) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO districts (code, name, region) VALUES (:code, :name, :region)")
                .param("code", code).param("name", name).param("region", region)
                .update(key, "id");
        return new District(key.getKey().longValue(), code, name, region);
    }

    @Override
    public Optional<District> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM districts WHERE id = ?").param(id).query(JdbcDistricts::map).optional();
    }

    @Override
    public Optional<District> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM districts WHERE code = ?").param(code).query(JdbcDistricts::map).optional();
    }

    @Override
    public List<District> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM districts ORDER BY code").query(JdbcDistricts::map).list();
    }

    @Override
    public boolean rename(long id, String name) {
        return jdbc.sql("UPDATE districts SET name = ? WHERE id = ?").params(name, id).update() == 1;
    }

    private static District map(ResultSet rs, int row) throws SQLException {
        return new District(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("region"));
    }
}
