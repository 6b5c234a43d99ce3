package org.caretrail.web.episode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.FindEpisodeQuery;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.projections.episodeview.EpisodeViewProjection;
import org.caretrail.web.accesslog.PatientRead;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.query.Reads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reads one episode as it stands now. */
@RestController
@RequestMapping("/api/v1/episodes")
@Tag(name = "Episodes")
public class EpisodeQueryController {

    private final Reads reads;

    public EpisodeQueryController(Reads reads) {
        this.reads = reads;
    }

    @PatientRead(episode = "id")
    @GetMapping("/{id}")
    @Operation(summary = "The episode: status, class history, referrals, discharge")
    public EpisodeView episode(@PathVariable String id,
                               @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        return reads.one(position, ProcessingGroups.EPISODE_VIEW, new FindEpisodeQuery(id),
                EpisodeView.class, "No episode with id '" + id + "'.");
    }
}
