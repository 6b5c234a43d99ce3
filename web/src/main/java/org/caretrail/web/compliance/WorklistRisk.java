package org.caretrail.web.compliance;

import java.util.List;
import org.caretrail.domain.compliance.api.WorklistEntry;
import org.caretrail.domain.compliance.api.WorklistResponse;
import org.caretrail.domain.readmodel.api.ProcessingGroups;
import org.caretrail.domain.risk.api.EpisodeRisks;
import org.caretrail.domain.risk.api.FindEpisodeRisksQuery;
import org.caretrail.web.query.Reads;
import org.springframework.stereotype.Component;

/**
 * Puts each worklist entry's stay risk (LACE, from the readmission read model, at the worklist's asOf) beside its
 * clock, so that a case manager sees whom to call first. Two read models answer: the compliance one the clocks,
 * the readmission one the scores, all of a page's scores in one query (only the episodes on that page).
 */
@Component
public class WorklistRisk {

    private final Reads reads;

    public WorklistRisk(Reads reads) {
        this.reads = reads;
    }

    public WorklistResponse of(WorklistResponse worklist, Long position) {
        if (worklist.items().isEmpty()) {
            return worklist;
        }
        List<String> episodes = worklist.items().stream().map(WorklistEntry::episodeId).distinct().toList();
        List<String> patients = worklist.items().stream().map(WorklistEntry::patientId).distinct().toList();
        EpisodeRisks risks = reads.answer(position, ProcessingGroups.READMISSION,
                new FindEpisodeRisksQuery(episodes, patients, worklist.asOf()), EpisodeRisks.class);
        return worklist.withItems(worklist.items().stream()
                .map(entry -> entry.withLace(risks.byEpisode().get(entry.episodeId())))
                .toList());
    }
}
