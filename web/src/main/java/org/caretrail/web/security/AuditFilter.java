package org.caretrail.web.security;

import jakarta.servlet.Filter;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.ExceptionTranslationFilter;

/**
 * A filter that must run inside every security filter chain, after authentication and before
 * access is decided, so that it knows who asked and sees every outcome, refusals included (the
 * access log). A feature declares one as a bean; each chain adds them all with {@link #addAll}.
 */
public interface AuditFilter extends Filter {

    /** Adds the audit filters to a chain under construction, where they see the caller and every refusal. */
    static void addAll(HttpSecurity http, List<AuditFilter> filters) {
        filters.forEach(filter -> http.addFilterBefore(filter, ExceptionTranslationFilter.class));
    }
}
