package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.dataintegrity.CanonicalizationBudget;
import org.microcred.wallet.config.VerifyLimitsConfig;

/**
 * The cost of one verification, bounded before any of it is spent: the size and depth of the credential, its
 * proofs and its status entries are counted on the parsed JSON (cheap), and the canonicalisations that follow share
 * one {@link CanonicalizationBudget}. Over a limit: {@code verification-too-costly}, a 422 that names the limit.
 */
@ApplicationScoped
public class VerificationLimits {

    private final VerifyLimitsConfig config;

    public VerificationLimits(VerifyLimitsConfig config) {
        this.config = config;
    }

    /**
     * What verifying the credential will cost, in rate-limit units: one per proof and one per status list, plus one
     * per {@code costNodesPerUnit} JSON values for each proof.
     *
     * @throws CredentialException {@code verification-too-costly} when the credential is over a limit
     */
    public int admit(JsonNode credential) {
        int proofs = Json.each(credential.get("proof")).size();
        if (proofs > config.maxProofs()) {
            throw tooCostly("it has " + proofs + " proofs; at most " + config.maxProofs() + " are checked");
        }
        int entries = Json.each(credential.get("credentialStatus")).size();
        if (entries > config.maxStatusEntries()) {
            throw tooCostly("it has " + entries + " credentialStatus entries; at most " + config.maxStatusEntries()
                    + " are checked");
        }
        int nodes = countNodes(credential);
        // A single revocation entry may bring its parallel suspension list (SuspensionConvention).
        int statusLists = entries == 1 ? 2 : entries;
        return proofs + statusLists + (int) ((long) proofs * nodes / config.costNodesPerUnit());
    }

    /** A fresh budget for the canonicalisations of one request. */
    CanonicalizationBudget budget() {
        return new CanonicalizationBudget(config.maxQuads(), config.maxCanonicalizationTime());
    }

    /** The JSON values of the document, refusing it past the node or depth limit (without recursion). */
    private int countNodes(JsonNode root) {
        record Level(JsonNode node, int depth) {
        }
        Deque<Level> pending = new ArrayDeque<>();
        pending.push(new Level(root, 1));
        int nodes = 0;
        while (!pending.isEmpty()) {
            Level level = pending.pop();
            if (++nodes > config.maxJsonNodes()) {
                throw tooCostly("it has more than " + config.maxJsonNodes() + " JSON values");
            }
            if (level.depth() > config.maxJsonDepth()) {
                throw tooCostly("it nests deeper than " + config.maxJsonDepth() + " levels");
            }
            if (level.node().isContainerNode()) {
                level.node().forEach(child -> pending.push(new Level(child, level.depth() + 1)));
            }
        }
        return nodes;
    }

    private static CredentialException tooCostly(String why) {
        return new CredentialException(CanonicalizationBudget.TOO_COSTLY,
                "Verifying this credential would cost too much: " + why);
    }
}
