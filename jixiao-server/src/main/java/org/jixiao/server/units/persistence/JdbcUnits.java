package org.jixiao.server.units.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jixiao.server.units.Unit;
import org.jixiao.server.units.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@link Units} in the {@code units} table. */
@Repository
class JdbcUnits implements Units {

    private static final String COLUMNS = "id, code, name, district_id";

    private final JdbcClient jdbc;

    JdbcUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Unit add(String code, String name, long districtId) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO units (code, name, district_id) VALUES (:code, :name, :district)")
                .param("code", code).param("name", name).param("district", districtId)
                .update(key, "id");
        return new Unit(key.getKey().longValue(), code, name, districtId);
    }

    @Override
    public Optional<Unit> byId(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM units WHERE id = ?").param(id).query(JdbcUnits::map).optional();
    }

    @Override
    public Optional<Unit> byCode(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM units WHERE code = ?").param(code).query(JdbcUnits::map).optional();
    }

    @Override
    public List<Unit> inDistrict(long districtId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM units WHERE district_id = ? ORDER BY code")
                .param(districtId).query(JdbcUnits::map).list();
    }

    @Override
    public boolean rename(long id, String name) {
        return jdbc.sql("UPDATE units SET name = ? WHERE id = ?").params(name, id).update() == 1;
    }

    @Override
    public boolean remove(long id) {
        return jdbc.sql("DELETE FROM units WHERE id = ?").param(id).update() == 1;
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("district_id"));
    }
}
