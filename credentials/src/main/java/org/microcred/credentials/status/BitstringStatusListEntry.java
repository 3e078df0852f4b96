package org.microcred.credentials.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.microcred.credentials.CredentialException;

/**
 * The {@code credentialStatus} of a credential: which bit of which status list speaks for it.
 *
 * @param id                   {@code <statusListCredential>#<index>}
 * @param statusPurpose        revocation or suspension
 * @param statusListIndex      the bit's index
 * @param statusListCredential the URL of the {@code BitstringStatusListCredential}
 */
public record BitstringStatusListEntry(String id, StatusPurpose statusPurpose, int statusListIndex,
        String statusListCredential) {

    public static final String TYPE = "BitstringStatusListEntry";

    /** The entry for bit {@code index} of the list published at {@code listCredentialUrl}. */
    public static BitstringStatusListEntry of(String listCredentialUrl, int index, StatusPurpose purpose) {
        if (listCredentialUrl == null || listCredentialUrl.isBlank() || listCredentialUrl.contains("#")) {
            throw new IllegalArgumentException("the status list credential URL has no fragment");
        }
        if (index < 0 || index >= BitstringStatusList.MAX_ENTRIES) {
            throw new IllegalArgumentException("status list index out of range: " + index);
        }
        return new BitstringStatusListEntry(listCredentialUrl + "#" + index, purpose, index, listCredentialUrl);
    }

    /** The JSON object, with {@code statusListIndex} as a decimal string as the spec requires. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id);
        node.put("type", TYPE);
        node.put("statusPurpose", statusPurpose.value());
        node.put("statusListIndex", Integer.toString(statusListIndex));
        node.put("statusListCredential", statusListCredential);
        return node;
    }

    /**
     * Reads one {@code credentialStatus} object of a credential (ours or another issuer's).
     *
     * @throws CredentialException {@code invalid-status-entry} for a wrong type, a missing field or an index
     *         that is not a non-negative decimal integer; {@code unsupported-status-purpose}
     */
    public static BitstringStatusListEntry parse(JsonNode node) {
        if (node == null || !node.isObject() || !TYPE.equals(node.path("type").asText())) {
            throw invalid("credentialStatus is not a " + TYPE);
        }
        String list = text(node, "statusListCredential");
        String indexText = text(node, "statusListIndex");
        int index;
        try {
            index = Integer.parseInt(indexText);
        } catch (NumberFormatException e) {
            throw invalid("statusListIndex is not a decimal integer");
        }
        if (index < 0 || !indexText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid("statusListIndex is not a non-negative decimal integer");
        }
        String id = node.path("id").isTextual() ? node.get("id").asText() : null;
        return new BitstringStatusListEntry(id, StatusPurpose.of(text(node, "statusPurpose")), index, list);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw invalid(field + " is missing or not a string");
        }
        return value.asText();
    }

    private static CredentialException invalid(String message) {
        return new CredentialException("invalid-status-entry", message);
    }
}
