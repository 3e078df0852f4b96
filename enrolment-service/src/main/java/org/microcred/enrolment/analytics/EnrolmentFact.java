package org.microcred.enrolment.analytics;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * What one event says about one enrolment: the stage it reached and when, and whatever else the event carries about
 * the enrolment (its micro-credential version, the earner, when it was made); null where the event does not say.
 */
public record EnrolmentFact(String tenantId, UUID enrolmentId, UUID achievementId, Integer achievementVersion,
        String earnerKey, Instant enrolledAt, Stage stage, Instant at) {

    /** The SHA-256 (hex) of an earner id: enough to count distinct earners, and names nobody in these tables. */
    public static String earnerKey(String earnerId) {
        if (earnerId == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(earnerId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
