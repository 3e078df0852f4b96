package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.dataintegrity.DataIntegrityProofs;
import org.microcred.credentials.status.BitstringStatusListCredential;
import org.microcred.credentials.status.BitstringStatusListEntry;
import org.microcred.credentials.verification.KeyState;
import org.microcred.credentials.verification.ProofCheck;

/**
 * Each {@code BitstringStatusListEntry}: the status list credential is fetched (allow-list, cache),
 * its own proof checked with the same keys as the credential's, then the credential's bit read. A
 * list that cannot be had or trusted fails the check: "not known to be revoked" is not "not revoked".
 */
final class StatusCheck {

    private final RemoteDocuments documents;
    private final DataIntegrityProofs proofs;

    StatusCheck(RemoteDocuments documents, DataIntegrityProofs proofs) {
        this.documents = documents;
        this.proofs = proofs;
    }

    Check check(JsonNode credential, ResolutionSession keys, Instant now) {
        List<JsonNode> entries = Json.each(credential.get("credentialStatus"));
        if (entries.isEmpty()) {
            return Check.passed(Check.STATUS, "the credential has no status entry, so it cannot be revoked");
        }
        String issuer = Json.issuerId(credential);
        List<String> failures = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        for (JsonNode node : entries) {
            BitstringStatusListEntry entry;
            try {
                entry = BitstringStatusListEntry.parse(node);
            } catch (CredentialException e) {
                if ("unsupported-status-purpose".equals(e.problem())) {
                    findings.add("a status entry with purpose " + node.path("statusPurpose").asText() + " is not checked");
                } else {
                    failures.add("a status entry cannot be read: " + e.getMessage());
                }
                continue;
            }
            String failure = failureOf(entry, issuer, keys, now);
            String where = "(" + entry.statusListCredential() + ", index " + entry.statusListIndex() + ")";
            if (failure != null) {
                failures.add(failure + " " + where);
            } else {
                findings.add("not " + state(entry) + " " + where);
            }
        }
        return failures.isEmpty() ? Check.passed(Check.STATUS, String.join("; ", findings))
                : Check.failed(Check.STATUS, String.join("; ", failures));
    }

    /** Why this entry fails, or null when its bit is clear in a list we can trust. */
    private String failureOf(BitstringStatusListEntry entry, String issuer, ResolutionSession keys, Instant now) {
        String url = entry.statusListCredential();
        String list;
        try {
            list = documents.fetch(url);
        } catch (FetchFailure e) {
            return "the status list could not be fetched: " + e.getMessage();
        }
        try {
            String untrusted = untrusted(list, issuer, keys, now);
            if (untrusted != null) {
                return "the status list is not trustworthy: " + untrusted;
            }
            return BitstringStatusListCredential.isSet(list, entry) ? state(entry) : null;
        } catch (CredentialException e) {
            return "the status list cannot be checked: " + e.getMessage();
        }
    }

    /** Why the list itself cannot be trusted: its proof, its key, its issuer, its dates. */
    private String untrusted(String list, String issuer, ResolutionSession keys, Instant now) {
        JsonNode document = Json.credential(list);
        ProofCheck proof = proofs.verify(list, keys);
        if (!proof.valid()) {
            return "its proof does not verify (" + proof.reason() + ")";
        }
        KeyResolution key = keys.lookup(proof.verificationMethod());
        String listIssuer = Json.issuerId(document);
        if (key.key() == null || key.key().state() == KeyState.COMPROMISED) {
            return "its key " + proof.verificationMethod() + " is unusable or compromised";
        }
        if (listIssuer == null || !listIssuer.equals(key.key().controller()) || !listIssuer.equals(issuer)) {
            return "it is issued by " + listIssuer + " with a key of " + key.key().controller()
                    + ", not by the credential's issuer " + issuer;
        }
        Check window = ValidityWindow.check(document, now);
        return window.passed() ? null : window.detail();
    }

    private static String state(BitstringStatusListEntry entry) {
        return switch (entry.statusPurpose()) {
            case REVOCATION -> "revoked";
            case SUSPENSION -> "suspended";
        };
    }
}
