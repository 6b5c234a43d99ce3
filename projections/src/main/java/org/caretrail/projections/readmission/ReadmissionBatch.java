package org.caretrail.projections.readmission;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.caretrail.projections.support.ProjectionBatches;

/**
 * What one processor batch changes in the readmission read model. Each event is judged when it is handled, against
 * its patient as read when the batch first touched it plus this batch's changes, so that a rule that fails
 * dead-letters that event alone. The episodes, the patients' indexes and each patient's last judgement are written
 * at the end. The batch's segment alone handles its patients ({@link PatientSequencingPolicy}), so what it read is
 * still what is stored when it writes.
 */
final class ReadmissionBatch implements ProjectionBatches.Batch {

    private final PatientStore store;
    private final IndexStayStore indexStays;
    /** The latest facts of every episode read or changed in this batch; null when it is not stored. */
    private final Map<String, StayFacts> episodes = new HashMap<>();
    private final Map<String, StayFacts> changedEpisodes = new LinkedHashMap<>();
    /** The episodes known to belong to each patient read. */
    private final Map<String, Set<String>> episodeIdsOf = new HashMap<>();
    private final Map<String, PatientChange> changes = new LinkedHashMap<>();
    private final Map<String, PatientStays> judged = new LinkedHashMap<>();
    private final Map<String, Map<String, Document>> results = new HashMap<>();

    ReadmissionBatch(PatientStore store, IndexStayStore indexStays) {
        this.store = store;
        this.indexStays = indexStays;
    }

    /** Reads the episodes and, with their patients and the admitted ones, the patients the batch will touch. */
    void readAhead(Collection<String> episodeIds, Collection<String> admittedPatientIds) {
        Set<String> patientIds = new LinkedHashSet<>(admittedPatientIds);
        readEpisodes(episodeIds).forEach(episode -> patientIds.add(episode.patientId));
        readPatients(patientIds);
    }

    /** A copy of the episode's latest facts, to change. */
    Optional<StayFacts> episode(String episodeId) {
        if (!episodes.containsKey(episodeId)) {
            readEpisodes(List.of(episodeId));
        }
        return Optional.ofNullable(episodes.get(episodeId)).map(StayFacts::copy);
    }

    /**
     * Judges the patient with this version of one of its episodes and keeps the episode, the change and the
     * judgement for the end of the batch; nothing is kept when judging fails.
     */
    void record(String patientId, StayFacts episode, boolean changed) {
        if (!episodeIdsOf.containsKey(patientId)) {
            readPatients(List.of(patientId));
        }
        Set<String> episodeIds = new LinkedHashSet<>(episodeIdsOf.get(patientId));
        episodeIds.add(episode.episodeId);
        List<StayFacts> facts = episodeIds.stream()
                .map(id -> id.equals(episode.episodeId) ? episode : episodes.get(id))
                .filter(Objects::nonNull)
                .toList();
        PatientStays patient = new PatientStays(patientId, facts);
        Map<String, Document> judgement = indexStays.judge(patient);

        episodes.put(episode.episodeId, episode);
        if (changed) {
            changedEpisodes.put(episode.episodeId, episode);
        }
        episodeIdsOf.get(patientId).add(episode.episodeId);
        changes.computeIfAbsent(patientId, PatientChange::new).record(episode.episodeId, episode.latestFact());
        judged.put(patientId, patient);
        results.put(patientId, judgement);
    }

    /** Saves the episodes, then the patients' indexes, then the judgements. */
    @Override
    public void flush() {
        if (changes.isEmpty()) {
            return;
        }
        store.saveEpisodes(changedEpisodes.values());
        store.recordChanges(changes.values());
        Map<String, Document> wanted = new HashMap<>();
        results.values().forEach(wanted::putAll);
        indexStays.write(judged.values(), wanted);
        changedEpisodes.clear();
        changes.clear();
        judged.clear();
        results.clear();
    }

    private List<StayFacts> readEpisodes(Collection<String> episodeIds) {
        List<String> unknown = episodeIds.stream().filter(id -> !episodes.containsKey(id)).toList();
        if (unknown.isEmpty()) {
            return List.of();
        }
        unknown.forEach(id -> episodes.put(id, null));
        List<StayFacts> found = store.findEpisodes(unknown);
        found.forEach(episode -> episodes.put(episode.episodeId, episode));
        return found;
    }

    private void readPatients(Collection<String> patientIds) {
        List<String> unknown = patientIds.stream().filter(id -> !episodeIdsOf.containsKey(id)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        List<PatientStays> found = unknown.size() == 1
                ? store.find(unknown.get(0)).stream().toList()
                : store.findAll(unknown);
        for (PatientStays patient : found) {
            Set<String> ids = new LinkedHashSet<>();
            for (StayFacts episode : patient.episodes()) {
                ids.add(episode.episodeId);
                // this batch's own version of an episode is newer than any read
                episodes.putIfAbsent(episode.episodeId, episode);
            }
            episodeIdsOf.put(patient.patientId(), ids);
        }
        for (String patientId : unknown) {
            episodeIdsOf.putIfAbsent(patientId, new LinkedHashSet<>());
        }
    }
}
