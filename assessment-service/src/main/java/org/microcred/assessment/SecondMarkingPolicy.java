package org.microcred.assessment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.microcred.events.catalogue.SecondMarking;

/**
 * Whether an award goes to a second marker before it is final. Mode {@code all}: every award.
 * Mode {@code sample}: a share of awards chosen from a hash of the task id, so the choice is the same
 * on every retry and replay, and an assessor cannot influence it by trying again.
 */
public final class SecondMarkingPolicy {

    private SecondMarkingPolicy() {
    }

    public static boolean required(String mode, Integer samplePercent, UUID taskId) {
        if (SecondMarking.ALL.equals(mode)) {
            return true;
        }
        if (!SecondMarking.SAMPLE.equals(mode) || samplePercent == null) {
            return false;
        }
        return bucket(taskId) < samplePercent;
    }

    /** The task's place in 0..99, uniform over task ids. */
    static int bucket(UUID taskId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(taskId.toString().getBytes(StandardCharsets.US_ASCII));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
