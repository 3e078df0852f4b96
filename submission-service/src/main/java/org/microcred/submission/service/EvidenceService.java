package org.microcred.submission.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.file.AsyncFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.microcred.submission.Artifact;
import org.microcred.submission.PromptSpec;
import org.microcred.submission.Requester;
import org.microcred.submission.Timestamps;
import org.microcred.submission.config.SubmissionLimits;
import org.microcred.submission.repository.ArtifactRepository;
import org.microcred.submission.storage.ContentTypeDetector;
import org.microcred.submission.storage.FileNames;
import org.microcred.submission.storage.FileStore;
import org.microcred.support.problem.ProblemException;

/** Evidence files: checked by content, stored under generated ids, read back by who may see them. */
@ApplicationScoped
public class EvidenceService {

    /** An artifact and its bytes, ready to send. */
    public record Download(Artifact artifact, AsyncFile content) {
    }

    private final AttemptService attempts;
    private final SubmissionQueries queries;
    private final ArtifactRepository artifacts;
    private final FileStore store;
    private final FileChecks checks;
    private final SubmissionLimits limits;
    private final Vertx vertx;

    public EvidenceService(AttemptService attempts, SubmissionQueries queries, ArtifactRepository artifacts,
            FileStore store, FileChecks checks, SubmissionLimits limits, Vertx vertx) {
        this.attempts = attempts;
        this.queries = queries;
        this.artifacts = artifacts;
        this.store = store;
        this.checks = checks;
        this.limits = limits;
        this.vertx = vertx;
    }

    /**
     * Adds a file to the earner's draft. The cheap checks on the file come first (size, then the
     * type detected from its bytes); the checks against the attempt and its prompt, the streamed
     * copy into the store (hashed on the way) and the new row then share one transaction, with the
     * attempt locked so concurrent uploads cannot pass the limits together. Bytes stored for a
     * transaction that fails are removed again, so a refused upload leaves nothing behind.
     */
    public Uni<Artifact> upload(Requester earner, UUID submissionId, String promptId, Upload upload) {
        long maxSize = limits.maxFileSize().asLongValue();
        if (upload.size() > maxSize) {
            return Uni.createFrom().failure(new ProblemException(413, "file-too-large", "File too large",
                    "A file may have at most " + maxSize + " bytes; this one has " + upload.size()));
        }
        String fileName = FileNames.sanitize(upload.clientFileName());
        String key = UUID.randomUUID().toString();
        return vertx.executeBlocking(() -> ContentTypeDetector.detect(upload.file(), fileName), false)
                .chain(detection -> Panache.withTransaction(() -> attempts.lockOpenDraft(earner, submissionId)
                        .chain(details -> {
                            PromptSpec prompt = checks.check(details, promptId, detection, upload.size());
                            return store.store(upload.file(), key).chain(stored -> {
                                Artifact artifact = new Artifact();
                                artifact.id = UUID.fromString(key);
                                artifact.submissionId = submissionId;
                                artifact.tenantId = earner.tenantId();
                                artifact.promptId = prompt.id();
                                // Stored as it is served: with the detected type's extension.
                                artifact.fileName = FileNames.servedAs(fileName, detection.mediaType());
                                artifact.mediaType = detection.mediaType();
                                artifact.size = stored.size();
                                artifact.sha256 = stored.sha256();
                                artifact.storageKey = stored.key();
                                artifact.uploadedAt = Timestamps.now();
                                details.submission().updatedAt = artifact.uploadedAt;
                                return artifacts.persist(artifact);
                            });
                        })))
                .onFailure().call(() -> store.delete(key).onFailure().recoverWithNull());
    }

    /** Removes a file from the earner's draft; its bytes go once the row is gone. */
    public Uni<Void> remove(Requester earner, UUID submissionId, UUID artifactId) {
        return Panache.withTransaction(() -> attempts.lockOpenDraft(earner, submissionId)
                        .map(details -> details.artifact(artifactId)
                                .orElseThrow(() -> ProblemException.notFound("File", artifactId)))
                        .call(artifacts::delete))
                .chain(artifact -> store.delete(artifact.storageKey));
    }

    /** The bytes of a file of a submission the requester may see. */
    public Uni<Download> download(Requester requester, UUID submissionId, UUID artifactId) {
        return Panache.withSession(() -> queries.visible(requester, submissionId)
                        .chain(() -> artifacts.findOfSubmission(submissionId, artifactId))
                        .onItem().ifNull().failWith(() -> ProblemException.notFound("File", artifactId)))
                .chain(artifact -> store.open(artifact.storageKey).map(content -> new Download(artifact, content)));
    }
}
