package org.jixiao.server;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the connection pool to drop a connection whose failure says the database link is gone (any
 * {@link DatabaseFailures#unavailable} failure, including H2's "connection broken" / "database closed", which the
 * pool does not recognise by itself), so that once the database is back every request gets a fresh connection and
 * the instance recovers without a restart ({@code spring.datasource.hikari.exception-override-class-name}).
 */
public class BrokenConnectionEvictor implements SQLExceptionOverride {

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        return DatabaseFailures.unavailable(e) ? SQLExceptionOverride.Override.MUST_EVICT : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
