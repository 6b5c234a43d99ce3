package org.caretrail.web.episode;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.caretrail.domain.episode.api.EpisodeStateException;
import org.caretrail.web.command.CommandSender;
import org.caretrail.web.json.JsonInputConfiguration;
import org.caretrail.web.problem.ApiExceptionHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How the episode write side maps bad input and refused commands to problems, in the MVC slice alone: no event store,
 * no projections, no security filters (the role rules have their own end-to-end test). A refused request never
 * reaches the command sender, so it records nothing.
 */
@WebMvcTest(controllers = EpisodeController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ApiExceptionHandler.class, JsonInputConfiguration.class, EpisodeCommandErrorsWebMvcTest.Clocks.class})
class EpisodeCommandErrorsWebMvcTest {

    private static final String ADMISSION = """
            {"patientId":"P","facilityId":"F","patientClass":"INPATIENT","admittedAt":"2026-03-01T10:00:00Z"%s}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CommandSender commands;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown patient class     | "patientClass":"OUTPATIENT"              | patientClass
            unknown payer             | "payer":"ACME"                           | payer
            instant without offset    | "admittedAt":"2026-03-01T10:00:00"       | admittedAt
            impossible date           | "admittedAt":"2026-02-30T10:00:00Z"      | admittedAt
            text where boolean is due | "planned":"yes"                          | planned
            bad diagnosis code        | "principalDiagnosis":"heart"             | principalDiagnosis
            """)
    void anAdmissionWithABadFieldIsA400ProblemNamingIt(String what, String field, String name) throws Exception {
        mvc.perform(post("/api/v1/episodes").contentType(MediaType.APPLICATION_JSON)
                        .content(ADMISSION.formatted("," + field)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItem(name)));

        verify(commands, never()).send(any());
    }

    @Test
    void malformedJsonIsA400ProblemAboutTheBody() throws Exception {
        mvc.perform(post("/api/v1/episodes").contentType(MediaType.APPLICATION_JSON).content("{\"patientId\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("body"));

        verify(commands, never()).send(any());
    }

    @Test
    void aCommandTheEpisodeRefusesIsA409Problem() throws Exception {
        when(commands.send(any())).thenThrow(new EpisodeStateException("episode E-1 is discharged"));

        mvc.perform(post("/api/v1/episodes/E-1/transfers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toUnit\":\"4W\",\"effectiveAt\":\"2026-03-01T14:00:00Z\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** The controller's clock: the real one, since no test here depends on the time. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
