package org.caretrail.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per refused request (4xx), refusals by the security chain included. The path is logged
 * without its query string, which may name a patient; the answer itself tells the caller what was wrong.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ClientErrorLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ClientErrorLog.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            if (status >= 400 && status < 500) {
                log.info("{} {} answered {}", request.getMethod(), request.getRequestURI(), status);
            }
        }
    }
}
