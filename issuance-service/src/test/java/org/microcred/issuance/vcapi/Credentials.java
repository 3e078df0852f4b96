package org.microcred.issuance.vcapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Credentials an institution's system might send to be signed. */
final class Credentials {

    private Credentials() {
    }

    static ObjectNode vc2(String tenant) {
        return (ObjectNode) VcApiClients.json("""
                {"@context": ["https://www.w3.org/ns/credentials/v2"],
                 "id": "urn:uuid:%s",
                 "type": ["VerifiableCredential"],
                 "issuer": "%s",
                 "validFrom": "2026-01-01T00:00:00Z",
                 "credentialSubject": {"id": "did:example:learner", "name": "Ada"}}
                """.formatted(UUID.randomUUID(), VcApiClients.issuerId(tenant)));
    }

    static ObjectNode vc11(String tenant) {
        return (ObjectNode) VcApiClients.json("""
                {"@context": ["https://www.w3.org/2018/credentials/v1"],
                 "id": "urn:uuid:%s",
                 "type": ["VerifiableCredential"],
                 "issuer": {"id": "%s"},
                 "issuanceDate": "2026-01-01T00:00:00Z",
                 "credentialSubject": {"id": "did:example:learner"}}
                """.formatted(UUID.randomUUID(), VcApiClients.issuerId(tenant)));
    }

    static ObjectNode openBadge(String tenant) {
        return (ObjectNode) VcApiClients.json("""
                {"@context": ["https://www.w3.org/ns/credentials/v2",
                              "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
                 "id": "urn:uuid:%s",
                 "type": ["VerifiableCredential", "OpenBadgeCredential"],
                 "name": "Data Stewardship",
                 "issuer": {"id": "%s", "type": ["Profile"], "name": "Northbridge University"},
                 "validFrom": "2026-01-01T00:00:00Z",
                 "credentialSubject": {"type": ["AchievementSubject"],
                   "identifier": [{"type": "IdentityObject", "identityHash": "sha256$0f5b1a44c4a1d1d6c2d5b5f9e8c4a1d1d6c2d5b5f9e8c4a1d1d6c2d5b5f9e8c4",
                                   "identityType": "emailAddress", "hashed": true, "salt": "s4lt"}],
                   "achievement": {"id": "https://example.edu/achievements/data-stewardship", "type": ["Achievement"],
                     "name": "Data Stewardship", "description": "Keeps research data findable and safe",
                     "criteria": {"narrative": "Passed the data stewardship assessment"}}}}
                """.formatted(UUID.randomUUID(), VcApiClients.issuerId(tenant)));
    }
}
