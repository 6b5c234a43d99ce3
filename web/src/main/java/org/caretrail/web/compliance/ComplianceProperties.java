package org.caretrail.web.compliance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Compliance settings under {@code caretrail.compliance}: the referral response window (docs/MEASURES.md's 48 hours by
 * default) and how long the overdue gauges reuse one count, so that a scrape costs at most one query.
 */
@ConfigurationProperties("caretrail.compliance")
public record ComplianceProperties(@DefaultValue("PT48H") Duration referralResponseWindow,
                                   @DefaultValue("PT15S") Duration overdueGaugeRefresh) {
}
