package org.microcred.support.outbox;

/**
 * The three sizes that must agree, checked when the relay starts so that a wrong configuration fails loudly instead
 * of parking every large event: an event of {@code microcred.outbox.max-event-bytes} plus its key, headers and the
 * record framing ({@link #FRAMING_BYTES}) fits the producer's {@code max.request.size}, which fits the topics'
 * {@code max.message.bytes} (TopicProvisioner sets it; the broker's {@code message.max.bytes} is the same 1 MiB
 * plus 12 by default).
 */
public final class EventSizeLimits {

    /** Room for the record key, the CloudEvents headers and the batch framing (a few hundred bytes in practice). */
    public static final int FRAMING_BYTES = 16 * 1024;

    private EventSizeLimits() {
    }

    public static void check(int maxEventBytes, int maxRequestSize, int maxMessageBytes) {
        if ((long) maxEventBytes + FRAMING_BYTES > maxRequestSize) {
            throw new IllegalStateException("microcred.outbox.max-event-bytes (" + maxEventBytes + ") plus "
                    + FRAMING_BYTES + " bytes of framing exceeds the producer's max.request.size (" + maxRequestSize
                    + "): raise mp.messaging.outgoing.outbox.max.request.size or lower the event maximum");
        }
        if (maxRequestSize > maxMessageBytes) {
            throw new IllegalStateException("The producer's max.request.size (" + maxRequestSize + ") exceeds the"
                    + " topics' max.message.bytes (microcred.kafka.max-message-bytes=" + maxMessageBytes + ")");
        }
    }
}
