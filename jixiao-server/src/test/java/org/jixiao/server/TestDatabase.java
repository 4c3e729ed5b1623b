package org.jixiao.server;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives each test application context a database of its own: an in-memory H2 in PostgreSQL mode by default,
 * or, with {@code -Djixiao.test.db=postgres}, a fresh schema in the PostgreSQL database {@code test} on
 * 127.0.0.1:5432 (user postgres), dropped when the context closes. Override the server with
 * {@code -Djixiao.test.postgres.url=…}, {@code -Djixiao.test.postgres.user=…}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "jixiao_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> database = new HashMap<>();
        boolean postgres = "postgres".equals(System.getProperty("jixiao.test.db", "h2"));
        if (postgres) {
            String url = System.getProperty("jixiao.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
            database.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name);
            database.put("spring.datasource.username", System.getProperty("jixiao.test.postgres.user", "postgres"));
            database.put("spring.datasource.password", System.getProperty("jixiao.test.postgres.password", ""));
            database.put("spring.flyway.schemas", name); // Flyway creates the schema and migrates into it
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    new JdbcTemplate(context.getBean(DataSource.class)).execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
                }
            });
        } else {
            database.put("spring.datasource.url",
                    "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            database.put("spring.datasource.username", "sa");
            database.put("spring.datasource.password", "");
        }
        var sources = context.getEnvironment().getPropertySources();
        sources.addFirst(new MapPropertySource("jixiao-test-database", database));
        // Lowest precedence: a test that wants demo data sets jixiao.demo.enabled=true in its properties.
        sources.addLast(new MapPropertySource("jixiao-test-defaults", Map.of("jixiao.demo.enabled", "false")));
    }

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("jixiao.test.db", "h2"));
    }
}
