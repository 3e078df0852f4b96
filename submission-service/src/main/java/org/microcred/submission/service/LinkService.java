package org.microcred.submission.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.microcred.submission.LinkEvidence;
import org.microcred.submission.LinkUrls;
import org.microcred.submission.PromptSpec;
import org.microcred.submission.Requester;
import org.microcred.submission.Timestamps;
import org.microcred.submission.config.SubmissionLimits;
import org.microcred.submission.repository.LinkEvidenceRepository;
import org.microcred.support.problem.ProblemException;

/** Link evidence of a draft: added and removed by its earner, within the prompt's and the attempt's limits. */
@ApplicationScoped
public class LinkService {

    /** The link, and whether this call added it (false: the same link was already there). */
    public record Added(LinkEvidence link, boolean created) {
    }

    private final AttemptService attempts;
    private final PromptSpecs specs;
    private final LinkEvidenceRepository links;
    private final SubmissionLimits limits;

    public LinkService(AttemptService attempts, PromptSpecs specs, LinkEvidenceRepository links,
            SubmissionLimits limits) {
        this.attempts = attempts;
        this.specs = specs;
        this.links = links;
        this.limits = limits;
    }

    /**
     * Adds a link to a prompt that takes links. The same URL for the same prompt again answers the
     * link already there, so a client retrying after a lost answer adds nothing twice.
     */
    @WithTransaction
    public Uni<Added> add(Requester earner, UUID submissionId, String promptId, String url, String title) {
        LinkUrls.problem(url).ifPresent(problem -> {
            throw ProblemException.invalid("url", problem);
        });
        return attempts.lockOpenDraft(earner, submissionId).chain(details -> {
            PromptSpec prompt = specs.require(details, promptId);
            if (!prompt.takesLinks()) {
                throw ProblemException.invalid("promptId", "prompt " + promptId + " is answered by "
                        + prompt.answeredBy() + ", not by links");
            }
            var existing = details.links().stream()
                    .filter(l -> l.promptId.equals(promptId) && l.url.equals(url)).findFirst();
            if (existing.isPresent()) {
                return Uni.createFrom().item(new Added(existing.get(), false));
            }
            if (details.links().size() >= limits.maxLinks()) {
                throw new ProblemException(409, "too-many-links", "Too many links",
                        "An attempt may hold at most " + limits.maxLinks() + " links");
            }
            if (details.linksByPrompt().getOrDefault(promptId, 0) >= prompt.maxLinks()) {
                throw new ProblemException(409, "too-many-items", "Too many items for the prompt",
                        "Prompt " + promptId + " takes at most " + prompt.maxLinks() + " link(s); remove one first");
            }
            LinkEvidence link = new LinkEvidence();
            link.id = UUID.randomUUID();
            link.submissionId = submissionId;
            link.tenantId = earner.tenantId();
            link.promptId = promptId;
            link.url = url;
            link.title = title == null || title.isBlank() ? null : title.strip();
            link.addedAt = Timestamps.now();
            details.submission().updatedAt = link.addedAt;
            return links.persist(link).map(saved -> new Added(saved, true));
        });
    }

    @WithTransaction
    public Uni<Void> remove(Requester earner, UUID submissionId, UUID linkId) {
        return attempts.lockOpenDraft(earner, submissionId)
                .map(details -> details.link(linkId).orElseThrow(() -> ProblemException.notFound("Link", linkId)))
                .call(links::delete)
                .replaceWithVoid();
    }
}
