package org.microcred.submission.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.submission.Artifact;
import org.microcred.submission.Enrolment;
import org.microcred.submission.Submission;

/** An attempt with what it answers to (its enrolment and the prompts) and its evidence files. */
public record SubmissionDetails(Submission submission, Enrolment enrolment, List<EvidencePrompt> prompts,
        List<Artifact> artifacts) {

    public Set<String> promptsWithFiles() {
        return artifacts.stream().map(a -> a.promptId).collect(Collectors.toSet());
    }
}
