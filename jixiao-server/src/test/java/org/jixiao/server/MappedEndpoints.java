package org.jixiao.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every (method, path pattern) the application maps, read from Spring MVC's {@code requestMappingHandlerMapping}
 * at test time, so that tests over "every endpoint" also cover endpoints added after they were written.
 */
public final class MappedEndpoints {

    /** One mapped route: HTTP method, path pattern as written ({@code /api/v1/reports/{id}}) and the handler. */
    public record Endpoint(String method, String pattern, String handler) {

        /** {@code "GET /api/v1/reports/{id}"}: the key of policy tables. */
        public String key() {
            return method + " " + pattern;
        }

        public boolean changesState() {
            return !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(method);
        }

        /** The pattern without regular expressions in its variables ({@code {id:\d+}} becomes {@code {id}}). */
        public String plainPattern() {
            return pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
        }

        @Override
        public String toString() {
            return key() + " (" + handler + ")";
        }
    }

    private MappedEndpoints() {
    }

    /** All endpoints, sorted by pattern then method; a mapping without a method counts as GET and POST. */
    public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) methods = Set.of(RequestMethod.GET, RequestMethod.POST);
            String name = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods) endpoints.add(new Endpoint(method.name(), pattern, name));
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }
}
