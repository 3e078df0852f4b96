package org.microcred.enrolment.outbound;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What one consumed event becomes for the institution's endpoints: its outbound {@code type}, the {@code subject}
 * whose deliveries keep their order, and the {@code data} projection. {@code enrolmentId}, when known, lets the
 * handler add the earner's email from the enrolment (events of issuance do not carry it).
 */
public record OutboundEvent(String type, String subject, Map<String, Object> data, UUID enrolmentId) {

    /** The data with nulls left out, in the order given. */
    static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                data.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return data;
    }
}
