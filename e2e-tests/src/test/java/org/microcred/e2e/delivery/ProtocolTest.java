package org.microcred.e2e.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolTest {

    @Test
    void anOptionNamesAProtocolsRunsOneRunOrAll() {
        assertEquals(List.of(Protocol.OPENID4VCI_LDP_VC, Protocol.OPENID4VCI_JWT_VC_JSON),
                Protocol.named("openid4vci"));
        assertEquals(List.of(Protocol.OPENID4VCI_JWT_VC_JSON), Protocol.named("openid4vci-jwt_vc_json"));
        assertEquals(List.of(Protocol.VCAPI_EXCHANGE), Protocol.named("vcapi-exchange"));
        assertEquals(List.of(Protocol.values()), Protocol.named("all"));
        assertThrows(IllegalArgumentException.class, () -> Protocol.named("sd-jwt"));
        assertThrows(IllegalArgumentException.class, () -> HolderKind.named("rsa"));
    }
}
