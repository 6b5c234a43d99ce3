package org.caretrail.web.episode;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.caretrail.domain.episode.api.EpisodeView;
import org.caretrail.domain.episode.api.FindEpisodeQuery;
import org.caretrail.projections.episodeview.EpisodeViewProjection;
import org.caretrail.web.command.PositionHeader;
import org.caretrail.web.query.NotFoundException;
import org.caretrail.web.query.ProjectionCatchUp;
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

    private final QueryGateway queries;
    private final ProjectionCatchUp catchUp;

    public EpisodeQueryController(QueryGateway queries, ProjectionCatchUp catchUp) {
        this.queries = queries;
        this.catchUp = catchUp;
    }

    @GetMapping("/{id}")
    @Operation(summary = "The episode: status, class history, referrals, discharge")
    public EpisodeView episode(@PathVariable String id,
                               @RequestHeader(name = PositionHeader.NAME, required = false) Long position) {
        catchUp.await(position, EpisodeViewProjection.PROCESSING_GROUP);
        Optional<EpisodeView> view = queries.query(new FindEpisodeQuery(id),
                ResponseTypes.optionalInstanceOf(EpisodeView.class)).join();
        return view.orElseThrow(() -> new NotFoundException("No episode with id '" + id + "'."));
    }
}
