package org.caretrail.web.compliance;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.caretrail.domain.compliance.api.ComplianceClock;
import org.caretrail.domain.compliance.api.CountOverdueClocksQuery;
import org.caretrail.domain.compliance.api.OverdueClocksResponse;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code caretrail.compliance.overdue}, tagged {@code clock}: how many clocks are OVERDUE at the
 * application clock. One query answers all six, and its answer is reused for {@code overdue-gauge-refresh}.
 */
@Component
public class OverdueClockGauges {

    public static final String METER = "caretrail.compliance.overdue";

    private final QueryGateway queries;
    private final Clock clock;
    private final Duration refresh;
    private Map<ComplianceClock, Long> counts;
    private long countedAtNanos;

    public OverdueClockGauges(MeterRegistry registry, QueryGateway queries, Clock clock,
                              ComplianceProperties properties) {
        this.queries = queries;
        this.clock = clock;
        this.refresh = properties.overdueGaugeRefresh();
        for (ComplianceClock type : ComplianceClock.values()) {
            Gauge.builder(METER, this, gauges -> gauges.overdue(type))
                    .tag("clock", type.name())
                    .description("Compliance clocks overdue now, over every facility")
                    .register(registry);
        }
    }

    synchronized double overdue(ComplianceClock type) {
        long now = System.nanoTime();
        if (counts == null || now - countedAtNanos >= refresh.toNanos()) {
            counts = queries.query(new CountOverdueClocksQuery(clock.instant()),
                    ResponseTypes.instanceOf(OverdueClocksResponse.class)).join().overdue();
            countedAtNanos = now;
        }
        return counts.getOrDefault(type, 0L);
    }
}
