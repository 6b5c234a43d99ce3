package org.caretrail.web.episode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caretrail.domain.episode.api.EpisodeView;
import java.time.Instant;
import org.caretrail.domain.episode.api.FindEpisodeKnownAtQuery;
import org.caretrail.domain.episode.api.FindEpisodeQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.episodeview.EpisodeViewProjection;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.query.KnownAt;
import org.caretrail.web.query.Reads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads one episode as it stands now, or as it was known at a past instant ({@code knownAt}). */
@RestController
@RequestMapping("/api/v1/episodes")
@Tag(name = "Episodes")
public class EpisodeQueryController {

    private final Reads reads;
    private final KnownAt knownAt;

    public EpisodeQueryController(Reads reads, KnownAt knownAt) {
        this.reads = reads;
        this.knownAt = knownAt;
    }

    @PatientRead(episode = "id")
    @GetMapping("/{id}")
    @Operation(summary = "The episode: status, class history, referrals, discharge; with knownAt, from the events "
            + "recorded by then")
    public EpisodeView episode(@PathVariable String id,
                               @RequestParam(name = KnownAt.PARAMETER, required = false) Instant knownAt,
                               @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        if (knownAt != null) {
            return reads.one(position, ProcessingGroups.EPISODE_VIEW,
                    new FindEpisodeKnownAtQuery(id, this.knownAt.checked(knownAt)), EpisodeView.class,
                    KnownAt.notYetRecorded("Episode '" + id + "'", knownAt));
        }
        return reads.one(position, ProcessingGroups.EPISODE_VIEW, new FindEpisodeQuery(id),
                EpisodeView.class, "No episode with id '" + id + "'.");
    }
}
