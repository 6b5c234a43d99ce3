package org.caretrail.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches a request that no controller or endpoint answers, so that the security rules let it through to its
 * 404: an unknown path is "not found" for every caller, never a refusal that hints at which roles it needs.
 * Static resources of Swagger UI count as known; any other path the catch-all resource handler would take counts
 * as unknown.
 */
public final class UnmappedPath implements RequestMatcher {

    private static final List<String> KNOWN_RESOURCE_PREFIXES = List.of("/swagger-ui/", "/webjars/");

    private final ApplicationContext context;
    private volatile Collection<HandlerMapping> mappings;

    public UnmappedPath(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (KNOWN_RESOURCE_PREFIXES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        // a wrapper keeps the attributes the lookup sets off the real request, which the dispatcher handles later
        HttpServletRequest probe = new OwnAttributes(request);
        ServletRequestPathUtils.parseAndCache(probe);
        for (HandlerMapping mapping : mappings()) {
            try {
                HandlerExecutionChain chain = mapping.getHandler(probe);
                if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
                    return false;
                }
            } catch (Exception knownPathOtherwiseRefused) {
                return false; // e.g. a known path with another method: the path exists, its rules apply
            }
        }
        return true;
    }

    private Collection<HandlerMapping> mappings() {
        if (mappings == null) {
            mappings = BeanFactoryUtils.beansOfTypeIncludingAncestors(context, HandlerMapping.class, true, false)
                    .values();
        }
        return mappings;
    }

    /** The request with attributes of its own: reads fall through to the real request, writes stay here. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (removed.contains(name)) {
                return null;
            }
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.addAll(attributes.keySet());
            names.removeAll(removed);
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            removed.remove(name);
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }
}
