package org.caretrail.web.problem;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.caretrail.domain.episode.api.DischargePatientCommand;
import org.caretrail.domain.episode.api.EpisodeStateException;
import org.caretrail.domain.episode.api.InvalidCommandException;
import org.caretrail.web.command.CommandSender;
import org.caretrail.web.episode.EpisodeController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * How a refused command reads to a client, checked on the MVC layer alone (no database, no Axon, no security
 * filters): every failure is a problem document with the status and the field a person needs to fix it, and bad
 * input never reaches the command side. The end-to-end tests (BadInputApiTest) cover the same through real HTTP.
 */
@WebMvcTest(controllers = EpisodeController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {"org\\.caretrail\\.web\\.dashboard\\..*", "org\\.caretrail\\.web\\.accesslog\\.AccessLogConfiguration"}))
@AutoConfigureMockMvc(addFilters = false)
class ProblemMappingSliceTest {

    private static final String DISCHARGE = "{\"disposition\":\"01\",\"dischargedAt\":\"2026-03-04T10:00:00Z\"}";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CommandSender commands;

    @TestConfiguration
    static class Clocks {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @Test
    void aMissingFieldIsA400ProblemNamingItAndSendsNoCommand() throws Exception {
        mvc.perform(post("/api/v1/episodes/E-1/discharge").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"disposition\":\"01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("dischargedAt")));
        verify(commands, never()).send(any());
    }

    @Test
    void anUnknownFieldIsRefusedByName() throws Exception {
        mvc.perform(post("/api/v1/episodes/E-1/discharge").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"disposition\":\"01\",\"dischargedAt\":\"2026-03-04T10:00:00Z\",\"dispo\":\"06\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("dispo")));
        verify(commands, never()).send(any());
    }

    @Test
    void malformedJsonIsA400NotAServerError() throws Exception {
        mvc.perform(post("/api/v1/episodes/E-1/discharge").contentType(MediaType.APPLICATION_JSON).content("{\"dis"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(commands, never()).send(any());
    }

    @Test
    void aRuleTheDomainRefusesIsA400NamingTheField() throws Exception {
        when(commands.send(any(DischargePatientCommand.class)))
                .thenThrow(new InvalidCommandException("disposition", "'08' is no UB-04 discharge status code"));

        mvc.perform(post("/api/v1/episodes/E-1/discharge").contentType(MediaType.APPLICATION_JSON)
                        .content(DISCHARGE))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("disposition")));
    }

    @Test
    void aCommandTheEpisodesStateForbidsIsA409() throws Exception {
        when(commands.send(any(DischargePatientCommand.class)))
                .thenThrow(new EpisodeStateException("Episode E-1 is already discharged"));

        mvc.perform(post("/api/v1/episodes/E-1/discharge").contentType(MediaType.APPLICATION_JSON)
                        .content(DISCHARGE))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("already discharged")));
    }

    @Test
    void aCommandForAnUnknownEpisodeIsA404() throws Exception {
        when(commands.send(any(DischargePatientCommand.class)))
                .thenThrow(new AggregateNotFoundException("E-404", "no episode E-404"));

        mvc.perform(post("/api/v1/episodes/E-404/discharge").contentType(MediaType.APPLICATION_JSON)
                        .content(DISCHARGE))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
