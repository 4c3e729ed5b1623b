package org.jixiao.server.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. Spring Boot turns its resource chain on because webjars-locator-lite is on
 * the class path, and with it a filter that passes every {@code @{...}} link of every page through the static
 * resource resolvers: a link that is not a static file ({@code /login}, {@code /public/reports/7}) is looked up in
 * the class path again on every render, since misses are not remembered. The public list of a province renders
 * thousands of links. No link here needs rewriting (no versioned URLs); a version-less webjar link
 * ({@code /webjars/echarts/dist/echarts.min.js}) is still resolved when it is requested. A disabled registration of
 * the filter keeps Spring Boot from registering an active one.
 */
@Configuration(proxyBeanMethods = false)
class PageLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }
}
