package org.jixiao.server;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code jixiao.data-dir} an absolute path before anything uses it. H2 refuses a database URL with a
 * path that is implicitly relative ({@code jdbc:h2:file:data/jixiao}), so {@code --jixiao.data-dir=data}
 * would otherwise stop the start.
 */
class DataDirectory implements EnvironmentPostProcessor {

    static final String PROPERTY = "jixiao.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) return;
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("jixiao-data-dir", Map.of(PROPERTY, absolute)));
    }
}
