package org.microcred.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.microcred.e2e.AccessMatrix.Caller.EARNER;
import static org.microcred.e2e.AccessMatrix.Caller.ISSUER_ADMIN;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matrix engine itself, without servers: defaults, order of the callers, what counts as a mismatch. */
class AccessMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Http.Reply reply(int status, String body) {
        try {
            return new Http.Reply(status, body, JSON.readTree(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusedCallersRunFirstAndDefaultsAre401And403() {
        List<String> order = new ArrayList<>();
        AccessMatrix matrix = new AccessMatrix();
        matrix.row("svc", "POST /things", user -> {
            order.add(String.valueOf(user));
            if (user == null) {
                return reply(401, "{}");
            }
            return switch (user) {
                case "nb-admin" -> reply(201, "{\"id\":\"x\"}");
                case "sp-admin" -> reply(201, "{\"id\":\"y\"}");
                default -> reply(403, "{}");
            };
        }).allow(201, ISSUER_ADMIN).otherTenant("sp-admin", 201);

        assertTrue(matrix.run().isEmpty());
        assertEquals(List.of("null", "nb-earner", "nb-assessor", "nb-release", "nb-admin", "sp-admin"), order);
    }

    @Test
    void everyDifferingCellIsListedAndAForeignListMustBeEmpty() {
        AccessMatrix matrix = new AccessMatrix();
        matrix.row("svc", "GET /mine?of=", user -> user == null ? reply(401, "{}")
                : user.startsWith("sp-") ? reply(200, "{\"items\":[{\"id\":1}]}")
                : user.equals("nb-earner") ? reply(200, "{\"items\":[]}") : reply(200, "[]"))
                .allow(200, EARNER).otherTenantListsNothing("sp-earner");

        List<String> mismatches = matrix.run();
        assertEquals(4, mismatches.size(), String.join("\n", mismatches));
        assertTrue(mismatches.stream().anyMatch(m -> m.contains("other tenant (sp-earner): expected 200|404, got 200")),
                String.join("\n", mismatches));
    }
}
