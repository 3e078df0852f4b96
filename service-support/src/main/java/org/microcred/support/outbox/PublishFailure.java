package org.microcred.support.outbox;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * What a failed send means for its outbox row. Only Kafka can say that a record is bad: a failure that is not
 * Kafka's (the channel not ready, shutdown) or that Kafka calls retriable (broker away, timeout, leader moving) is
 * about the broker, not the row, and is retried for as long as it takes.
 */
enum PublishFailure {

    /** The record itself can never be published as it is (too large, not serializable): park it now. */
    PARK_NOW,
    /** Kafka refused the record for a reason that is not retriable: count it; park after max-attempts. */
    COUNT,
    /** Trouble with the broker or the channel: retry, count nothing. */
    TRANSIENT;

    static PublishFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof SerializationException) {
                return PARK_NOW;
            }
            if (cause instanceof RetriableException) {
                return TRANSIENT;
            }
            if (cause instanceof KafkaException) {
                return COUNT;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return TRANSIENT;
    }

    /** A short reason for the row: the first Kafka error's class and message. */
    static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof KafkaException || cause.getCause() == null || cause.getCause() == cause) {
                String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
                return text.length() > 1000 ? text.substring(0, 1000) : text;
            }
        }
        return failure.toString();
    }
}
