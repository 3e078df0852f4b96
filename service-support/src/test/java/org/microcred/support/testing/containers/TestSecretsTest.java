package org.microcred.support.testing.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class TestSecretsTest {

    @RepeatedTest(20)
    void demoPasswordPassesTheRealmsPasswordPolicy() {
        String password = new TestSecrets().demoPassword();
        assertTrue(password.length() >= 12 && password.matches(".*[A-Z].*") && password.matches(".*[a-z].*")
                && password.matches(".*[0-9].*"), password);
    }

    @Test
    void everySecretBinInfraPrintsIsGenerated() {
        Map<String, String> secrets = new TestSecrets().generate();
        for (String service : TestSecrets.SERVICES) {
            assertTrue(secrets.containsKey(TestSecrets.databasePasswordOf(service)), service);
        }
        assertEquals(32, Base64.getDecoder().decode(secrets.get("MICROCRED_MASTER_KEY")).length);
        assertTrue(secrets.get("MICROCRED_LMS_WEBHOOK_SECRET_NORTHBRIDGE").startsWith("whsec_"));
        assertTrue(secrets.keySet().containsAll(List.of("MICROCRED_DEMO_PASSWORD",
                "MICROCRED_LMS_NORTHBRIDGE_SECRET", "MICROCRED_LMS_SOUTHPORT_SECRET",
                "MICROCRED_ASSESSMENT_SERVICE_SECRET", "MICROCRED_WALLET_REGISTRAR_SECRET",
                "MICROCRED_LMS_WEBHOOK_SECRET_SOUTHPORT",
                "MICROCRED_VCAPI_NORTHBRIDGE_SECRET", "MICROCRED_VCAPI_SOUTHPORT_SECRET")));
    }
}
