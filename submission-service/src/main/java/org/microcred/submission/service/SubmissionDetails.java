package org.microcred.submission.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.submission.AchievementPrompts;
import org.microcred.submission.Artifact;
import org.microcred.submission.Enrolment;
import org.microcred.submission.LinkEvidence;
import org.microcred.submission.Submission;

/**
 * An attempt with what it answers to (its enrolment and the micro-credential version, null while
 * that version's event is on its way) and its evidence files and links.
 */
public record SubmissionDetails(Submission submission, Enrolment enrolment, AchievementPrompts achievement,
        List<Artifact> artifacts, List<LinkEvidence> links) {

    public List<EvidencePrompt> prompts() {
        return achievement == null ? List.of() : achievement.evidencePrompts;
    }

    public Map<String, Integer> filesByPrompt() {
        return artifacts.stream().collect(Collectors.groupingBy(a -> a.promptId, Collectors.summingInt(a -> 1)));
    }

    public Map<String, Integer> linksByPrompt() {
        return links.stream().collect(Collectors.groupingBy(l -> l.promptId, Collectors.summingInt(l -> 1)));
    }

    public long fileBytes() {
        return artifacts.stream().mapToLong(a -> a.size).sum();
    }

    /** One of the attempt's files, already loaded with it. */
    public Optional<Artifact> artifact(UUID id) {
        return artifacts.stream().filter(a -> a.id.equals(id)).findFirst();
    }

    /** One of the attempt's links, already loaded with it. */
    public Optional<LinkEvidence> link(UUID id) {
        return links.stream().filter(l -> l.id.equals(id)).findFirst();
    }
}
