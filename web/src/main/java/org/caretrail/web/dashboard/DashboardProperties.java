package org.caretrail.web.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the browser dashboard.
 *
 * @param idleTimeout     how long a signed-in person may leave the dashboard untouched before being signed out
 *                        (HIPAA 164.312(a)(2)(iii)); background refreshes do not count as use
 * @param worklistRefresh how often an open worklist fetches its rows again
 */
@ConfigurationProperties("caretrail.dashboard")
public record DashboardProperties(@DefaultValue("PT15M") Duration idleTimeout,
                                  @DefaultValue("PT30S") Duration worklistRefresh) {

    public DashboardProperties {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("caretrail.dashboard.idle-timeout must be positive");
        }
        if (worklistRefresh.isNegative() || worklistRefresh.isZero()) {
            throw new IllegalArgumentException("caretrail.dashboard.worklist-refresh must be positive");
        }
    }
}
