package org.caretrail.domain.readmodel.api;

import java.util.List;

/**
 * The names of the read models that answer the queries of the api packages. A caller that waits for a read model
 * to catch up names it here, not through the projection class, which is private to the projections module.
 */
public final class ProcessingGroups {

    public static final String EPISODE_VIEW = "episode-view";
    public static final String AUDIT_TRAIL = "audit-trail";
    public static final String READMISSION = "readmission";
    public static final String COMPLIANCE = "compliance";
    public static final String NOTIFICATION_ROUTING = "notification-routing";
    public static final String PLACEMENT = "placement";

    /** Every read model of the projections module. */
    public static final List<String> ALL = List.of(EPISODE_VIEW, AUDIT_TRAIL, READMISSION, COMPLIANCE,
            NOTIFICATION_ROUTING, PLACEMENT);

    private ProcessingGroups() {
    }
}
