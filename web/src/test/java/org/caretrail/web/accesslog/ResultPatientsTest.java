package org.caretrail.web.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The access log names the patients an answer holds as its JSON holds them: the typed walk finds exactly what
 * Jackson's tree of the same answer shows, renamed, hidden, unwrapped and custom-written properties included.
 */
class ResultPatientsTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private final ResultPatients.Reader reader = new ResultPatients.Reader(json);

    record Stay(String episodeId, String patientId, Instant admittedAt) {
    }

    record Timeline(String patientId, List<Stay> stays) {
    }

    record EpisodeOnly(String episodeId, String facilityId) {
    }

    record Page(List<Optional<Object>> items, Map<String, Object> byKey, Object[] more, long total) {
    }

    record Renamed(@JsonProperty("patientId") String pid, @JsonIgnore String patientIds, String episodeId) {
    }

    record Outer(@JsonUnwrapped Renamed inner, String aggregateId) {
    }

    static final class Extra {
        private final Map<String, Object> extra = new LinkedHashMap<>();

        @JsonAnyGetter
        public Map<String, Object> extra() {
            return extra;
        }
    }

    static final class AsPatient extends JsonSerializer<String> {
        @Override
        public void serialize(String value, JsonGenerator out, SerializerProvider serializers) throws IOException {
            out.writeStartObject();
            out.writeStringField("patientId", value);
            out.writeEndObject();
        }
    }

    record Custom(@JsonSerialize(using = AsPatient.class) String holder, String episodeId) {
    }

    record Helper() {
    }

    enum Kind { INDEX }

    record Named(List<String> patientIds, Kind kind, String patientId) {
    }

    @Test
    void aTimelineNamesItsPatientAndNoEpisodeToResolve() {
        Timeline timeline = new Timeline("P-1", List.of(new Stay("E-1", "P-1", Instant.EPOCH),
                new Stay("E-2", null, Instant.EPOCH)));

        assertSameAsTree(timeline, List.of("P-1"), List.of());
    }

    @Test
    void anEpisodeNamedWithoutItsPatientIsOneToResolve() {
        assertSameAsTree(new EpisodeOnly("E-9", "F-1"), List.of(), List.of("E-9"));
        assertSameAsTree(new Stay("E-9", " ", Instant.EPOCH), List.of(), List.of("E-9"));
    }

    @Test
    void patientsInsideListsOptionalsMapsAndArraysAreFound() {
        Map<String, Object> byKey = new LinkedHashMap<>();
        byKey.put("first", new Stay("E-3", "P-3", Instant.EPOCH));
        byKey.put("patientId", "P-4");
        Page page = new Page(List.of(Optional.of(new Stay("E-1", "P-1", null)), Optional.empty(),
                Optional.of(new EpisodeOnly("E-2", "F"))), byKey,
                new Object[] {null, new Named(List.of("P-5", "P-6"), Kind.INDEX, null), new Helper()}, 3);

        // a map's own patient is seen before what it holds; an episode beside (not around) a patient is resolved
        assertSameAsTree(page, List.of("P-1", "P-4", "P-3", "P-5", "P-6"), List.of("E-2"));
    }

    @Test
    void propertiesAreReadUnderTheNamesJacksonWrites() {
        assertSameAsTree(new Renamed("P-7", "P-hidden", "E-7"), List.of("P-7"), List.of());
        assertSameAsTree(new Outer(new Renamed(null, "P-hidden", "E-8"), "E-9"), List.of(), List.of("E-8", "E-9"));
    }

    @Test
    void whatAnAnyGetterOrACustomSerializerWritesIsFound() {
        Extra extra = new Extra();
        extra.extra.put("patientId", "P-8");
        assertSameAsTree(extra, List.of("P-8"), List.of());
        assertSameAsTree(new Custom("P-9", "E-10"), List.of("P-9"), List.of());
    }

    @Test
    void aPatientIdThatIsNotTextIsReadAsTheTreeReadsIt() {
        Map<String, Object> odd = new LinkedHashMap<>();
        odd.put("patientId", Kind.INDEX);
        odd.put("episodeId", 42);
        assertSameAsTree(odd, List.of("INDEX"), List.of());
    }

    private void assertSameAsTree(Object answer, List<String> patients, List<String> episodes) {
        ResultPatients typed = reader.in(answer);
        ResultPatients tree = ResultPatients.inTree(answer, json);

        assertThat(tree.patients()).as("the tree").containsExactlyElementsOf(patients);
        assertThat(tree.episodes()).as("the tree").containsExactlyElementsOf(episodes);
        assertThat(typed.patients()).as("the typed walk").containsExactlyElementsOf(patients);
        assertThat(typed.episodes()).as("the typed walk").containsExactlyElementsOf(episodes);
    }
}
