package org.caretrail.web.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.caretrail.web.security.Role;

/** The dashboard's pages that the navigation lists, each with the roles that may read it. */
public enum Page {
    READMISSIONS("/app/readmissions", "Readmissions", "Rates per month and the index stays behind them",
            Role.QUALITY),
    EPISODES("/app/episodes", "Episodes", "Find episodes by facility, status, case manager or patient",
            Role.CASE_MANAGER, Role.QUALITY, Role.COMPLIANCE),
    WORKLIST("/app/worklist", "Worklist", "Open and overdue clocks of a facility", Role.CASE_MANAGER),
    COMPLIANCE("/app/compliance", "Compliance", "Clock statuses per month, the clocks behind them, verification",
            Role.COMPLIANCE),
    ACCESS_LOG("/app/access-log", "Access log", "Who read which patient's data, and when", Role.COMPLIANCE),
    OPERATIONS("/app/operations", "Operations", "Projections, HL7 feed, parked messages and dead letters",
            Role.ADMIN);

    /** Pages reached from others rather than from the navigation. */
    static final List<Role> PATIENT_READERS = List.of(Role.QUALITY, Role.COMPLIANCE);
    static final List<Role> EPISODE_READERS = List.of(Role.CASE_MANAGER, Role.QUALITY, Role.COMPLIANCE);

    private final String path;
    private final String title;
    private final String description;
    private final List<Role> readers;

    Page(String path, String title, String description, Role... readers) {
        this.path = path;
        this.title = title;
        this.description = description;
        this.readers = List.of(readers);
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    List<Role> readers() {
        return readers;
    }

    String[] readerNames() {
        return readers.stream().map(Role::name).toArray(String[]::new);
    }

    static List<Page> readableBy(Set<Role> roles) {
        return Arrays.stream(values()).filter(page -> page.readers.stream().anyMatch(roles::contains)).toList();
    }

    static String[] names(List<Role> roles) {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }
}
