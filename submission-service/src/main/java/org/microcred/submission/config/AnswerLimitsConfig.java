package org.microcred.submission.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.microcred.support.outbox.EventSourceLimits;

/** The written answers of one attempt together (each answer has its own limit too: 20000 characters). */
@ConfigMapping(prefix = "microcred.submission.answers")
public interface AnswerLimitsConfig {

    /**
     * All answers of an attempt as JSON, in UTF-8 bytes. The submission.submitted event carries them, so this keeps
     * it under the outbox's maximum whatever the script (20 answers of 20000 CJK characters would be 1.2 MB).
     */
    @WithDefault(EventSourceLimits.MAX_ANSWERS_BYTES)
    int maxTotalBytes();
}
