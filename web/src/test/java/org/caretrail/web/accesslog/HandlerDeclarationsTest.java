package org.caretrail.web.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.caretrail.web.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Walks every handler method of the running application: each says whether it answers with patient data. */
@ApiTest
class HandlerDeclarationsTest {

    private static final Set<String> PATIENT_PROPERTIES = Set.of("patientId", "patientIds");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyCareTrailHandlerDeclaresWhetherItAnswersWithPatientData() {
        Map<RequestMappingInfo, HandlerMethod> handlers = mapping.getHandlerMethods();
        List<String> undeclared = new ArrayList<>();
        handlers.forEach((info, handler) -> {
            if (HandlerDeclarations.of(handler) == Declaration.UNDECLARED) {
                undeclared.add(info + " -> " + handler);
            }
        });

        assertThat(handlers.values()).as("the walk sees CareTrail's handlers")
                .anySatisfy(handler -> assertThat(handler.getBeanType()).isEqualTo(AccessLogController.class));
        assertThat(undeclared).as("handlers with neither @PatientRead nor @NoPatientData").isEmpty();
    }

    @Test
    void noHandlerWhoseAnswerHoldsAPatientIdClaimsToHoldNoPatientData() {
        List<String> wrong = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (HandlerDeclarations.of(handler) == Declaration.NO_PATIENT_DATA
                    && handler.getBeanType().getName().startsWith("org.caretrail.")
                    && holdsPatients(ResolvableType.forMethodReturnType(handler.getMethod()), new HashSet<>())) {
                wrong.add(info + " -> " + handler);
            }
        });

        assertThat(wrong).as("@NoPatientData handlers answering a type with a patientId").isEmpty();
    }

    @Test
    void theWalkFindsPatientsInsideListsOptionalsAndNestedRecords() {
        assertThat(holdsPatients(ResolvableType.forClass(Outer.class), new HashSet<>())).isTrue();
        assertThat(holdsPatients(ResolvableType.forClass(Counts.class), new HashSet<>())).isFalse();
    }

    record Inner(String patientId) {
    }

    record Outer(Optional<List<Inner>> items) {
    }

    record Counts(String facilityId, long count) {
    }

    private static boolean holdsPatients(ResolvableType type, Set<Class<?>> seen) {
        Class<?> raw = type.resolve();
        if (raw == null || !seen.add(raw)) {
            return false;
        }
        if (HttpEntity.class.isAssignableFrom(raw) || Optional.class.equals(raw)
                || Collection.class.isAssignableFrom(raw)) {
            return holdsPatients(type.getGeneric(0), seen);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return holdsPatients(type.getGeneric(1), seen);
        }
        if (!raw.isRecord()) {
            return false;
        }
        for (var component : raw.getRecordComponents()) {
            if (PATIENT_PROPERTIES.contains(component.getName())
                    || holdsPatients(ResolvableType.forMethodReturnType(component.getAccessor(), raw), seen)) {
                return true;
            }
        }
        return false;
    }
}
