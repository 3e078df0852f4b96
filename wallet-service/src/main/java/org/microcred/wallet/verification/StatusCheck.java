package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
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
 * Each {@code BitstringStatusListEntry} (one object or an array of them), and the parallel suspension list of
 * {@link SuspensionConvention}: the status list credential is fetched ({@link RemoteDocuments}, cache), its own proof checked with
 * the same keys as the credential's, then the credential's bit read. A list that cannot be had or trusted fails the
 * check: "not known to be revoked" is not "not revoked".
 *
 * <p>Nothing is fetched for a credential whose proof does not verify (its status entries are anyone's words), nor
 * for a list URL with a query or a fragment (each spelling would be a fetch of its own, past the cache) or off the
 * that may not be fetched. How many entries a credential may have is bounded before this runs ({@link VerificationLimits}).
 */
final class StatusCheck {

    private final RemoteDocuments documents;
    private final DataIntegrityProofs proofs;

    StatusCheck(RemoteDocuments documents, DataIntegrityProofs proofs) {
        this.documents = documents;
        this.proofs = proofs;
    }

    Check check(JsonNode credential, boolean proofVerified, ResolutionSession keys, Instant now) {
        List<JsonNode> nodes = Json.each(credential.get("credentialStatus"));
        if (nodes.isEmpty()) {
            return Check.passed(Check.STATUS, "the credential has no status entry, so it cannot be revoked");
        }
        if (!proofVerified) {
            return Check.failed(Check.STATUS, "not checked: the credential's proof does not verify, so its status "
                    + "lists were not fetched");
        }
        String issuer = Json.issuerId(credential);
        List<String> failures = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<BitstringStatusListEntry> entries = new ArrayList<>();
        for (JsonNode node : nodes) {
            try {
                entries.add(BitstringStatusListEntry.parse(node));
            } catch (CredentialException e) {
                if ("unsupported-status-purpose".equals(e.problem())) {
                    findings.add("a status entry with purpose " + node.path("statusPurpose").asText()
                            + " is not checked");
                } else {
                    failures.add("a status entry cannot be read: " + e.getMessage());
                }
            }
        }
        SuspensionConvention.parallelSuspension(entries, documents).ifPresent(entries::add);
        for (BitstringStatusListEntry entry : entries) {
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
        String refused = refusedUrl(url);
        if (refused != null) {
            return "the status list was not fetched: " + refused;
        }
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

    /** Why a status list URL is not fetched at all, or null when it may be. */
    private String refusedUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "its URL is not a URL";
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "its URL has a query or a fragment, which a status list URL does not need";
        }
        if (!documents.mayFetch(url)) {
            return "its URL is under no trusted issuer prefix, and not an https URL (outside them only public https"
                    + " hosts are reached)";
        }
        return null;
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
