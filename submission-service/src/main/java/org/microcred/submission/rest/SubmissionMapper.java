package org.microcred.submission.rest;

import org.microcred.events.catalogue.EvidencePrompt;
import org.microcred.events.submission.WrittenAnswer;
import org.microcred.submission.Artifact;
import org.microcred.submission.LinkEvidence;
import org.microcred.submission.Submission;
import org.microcred.submission.service.SubmissionDetails;

/** From the domain to the API's answers. */
final class SubmissionMapper {

    private SubmissionMapper() {
    }

    static SubmissionViews.Submission toView(SubmissionDetails details) {
        Submission s = details.submission();
        return new SubmissionViews.Submission(s.id, s.enrolmentId, details.enrolment().achievementId,
                details.enrolment().achievementVersion, s.attempt, s.status.name(),
                details.enrolment().status.name(),
                details.prompts().stream().map(SubmissionMapper::toView).toList(),
                s.answers.stream().map(a -> new SubmissionViews.Answer(a.promptId(), a.text())).toList(),
                details.artifacts().stream().map(SubmissionMapper::toView).toList(),
                details.links().stream().map(SubmissionMapper::toView).toList(),
                s.createdAt, s.updatedAt, s.submittedAt, s.decidedAt);
    }

    static SubmissionViews.Prompt toView(EvidencePrompt p) {
        return new SubmissionViews.Prompt(p.id(), p.text(), p.kind(), p.fileRequired(), p.allowedMediaTypes(),
                p.minItems(), p.maxItems());
    }

    static SubmissionViews.Artifact toView(Artifact a) {
        return new SubmissionViews.Artifact(a.id, a.promptId, a.fileName, a.mediaType, a.size, a.sha256, a.uploadedAt);
    }

    static SubmissionViews.Link toView(LinkEvidence l) {
        return new SubmissionViews.Link(l.id, l.promptId, l.url, l.title, l.addedAt);
    }

    static SubmissionViews.Receipt toReceipt(SubmissionDetails details) {
        Submission s = details.submission();
        return new SubmissionViews.Receipt(s.id, s.enrolmentId, s.attempt, s.submittedAt,
                s.answers.stream().map(WrittenAnswer::promptId).toList(),
                details.artifacts().stream().map(a -> new SubmissionViews.ReceiptFile(a.id, a.promptId, a.fileName,
                        a.sha256, a.size, a.mediaType)).toList(),
                details.links().stream().map(SubmissionMapper::toView).toList());
    }
}
