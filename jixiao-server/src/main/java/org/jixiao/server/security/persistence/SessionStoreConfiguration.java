package org.jixiao.server.security.persistence;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Spring Session JDBC's repository (configured by Spring Boot: table, timeout, clean-up of expired sessions) with
 * last access times written at most once a minute ({@link CoarseAccessSessions}). The repository is wrapped where it
 * is made rather than replaced: a bean of another session repository type would switch Spring Boot's JDBC session
 * configuration off.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    static BeanPostProcessor coarseSessionAccessTimes() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new CoarseAccessSessions(jdbc) : bean;
            }
        };
    }
}
