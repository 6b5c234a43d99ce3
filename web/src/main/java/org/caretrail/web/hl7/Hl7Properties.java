package org.caretrail.web.hl7;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caretrail.domain.episode.api.Payer;
import org.caretrail.infra.hl7.Hl7Settings;
import org.caretrail.infra.hl7.MllpServer;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The HL7 feed ({@code caretrail.hl7.*}): whether the MLLP listener runs, on which port and address
 * (loopback unless {@code mllp-bind-address} says otherwise, since MLLP carries no credentials), which
 * PV1-18 patient types mean observation, which PV1-4 admission types mean planned, the IN1 plan
 * codes of each payer ({@code payer-mapping.MCR=MEDICARE}), the zone of times sent without an
 * offset, and how long the parked-messages gauge reuses one count.
 */
@ConfigurationProperties("caretrail.hl7")
public record Hl7Properties(
        Boolean enabled,
        Integer mllpPort,
        String mllpBindAddress,
        List<String> observationPatientTypes,
        List<String> plannedAdmissionTypes,
        Map<String, Payer> payerMapping,
        ZoneId zone,
        Duration parkedGaugeRefresh) {

    public Hl7Properties {
        enabled = enabled == null || enabled;
        mllpPort = mllpPort == null ? MllpServer.DEFAULT_PORT : mllpPort;
        // MLLP has no credentials: only this machine may send unless the operator opens it on purpose.
        mllpBindAddress = mllpBindAddress == null || mllpBindAddress.isBlank() ? "127.0.0.1" : mllpBindAddress;
        Hl7Settings defaults = Hl7Settings.defaults();
        observationPatientTypes = observationPatientTypes == null
                ? List.copyOf(defaults.observationPatientTypes()) : observationPatientTypes;
        plannedAdmissionTypes = plannedAdmissionTypes == null
                ? List.copyOf(defaults.plannedAdmissionTypes()) : plannedAdmissionTypes;
        payerMapping = payerMapping == null ? Map.of() : payerMapping;
        zone = zone == null ? defaults.defaultZone() : zone;
        // a scrape costs at most one count of the parked messages per refresh
        parkedGaugeRefresh = parkedGaugeRefresh == null ? Duration.ofSeconds(15) : parkedGaugeRefresh;
    }

    Hl7Settings settings() {
        return new Hl7Settings(Set.copyOf(observationPatientTypes), Set.copyOf(plannedAdmissionTypes),
                payerMapping, zone);
    }
}
