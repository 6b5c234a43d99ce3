package org.caretrail.infra.integrity;

import java.util.List;

/** The verifiers of every hash-chained log, in the order their reports are shown (decision 0024). */
public final class LogVerifiers {

    private final List<LogVerifier> verifiers;

    public LogVerifiers(List<LogVerifier> verifiers) {
        this.verifiers = List.copyOf(verifiers);
    }

    /** One report per log. */
    public List<LogReport> verify() {
        return verifiers.stream().map(LogVerifier::verify).toList();
    }
}
