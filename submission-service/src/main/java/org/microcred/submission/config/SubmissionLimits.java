package org.microcred.submission.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/**
 * The limits on evidence. The request-body limits (microcred.http.body-limit.*, service-support's BodySizeLimit)
 * must leave room for max-file-size.
 */
@ConfigMapping(prefix = "microcred.submission")
public interface SubmissionLimits {

    /** Largest evidence file accepted. */
    @WithDefault("10M")
    MemorySize maxFileSize();

    /** Most files one attempt may hold. */
    @WithDefault("10")
    int maxFiles();

    /** Most bytes the files of one attempt may hold together. */
    @WithDefault("50M")
    MemorySize maxAttemptSize();

    /** Most links one attempt may hold. */
    @WithDefault("20")
    int maxLinks();

    /** Attempts allowed when the catalogue event names no limit (older producers). */
    @WithDefault("3")
    int defaultMaxAttempts();

    /**
     * The detected types a file may have when its prompt lists none ({@code type/*} allowed).
     * Executables and unrecognised content are refused whatever a prompt lists.
     */
    @WithDefault("application/pdf,image/png,image/jpeg,image/webp,image/heic,text/plain,"
            + "application/vnd.openxmlformats-officedocument.wordprocessingml.document,"
            + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
            + "application/vnd.openxmlformats-officedocument.presentationml.presentation,"
            + "application/vnd.oasis.opendocument.text,application/vnd.oasis.opendocument.spreadsheet,"
            + "application/vnd.oasis.opendocument.presentation")
    List<String> defaultMediaTypes();
}
