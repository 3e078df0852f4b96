package org.microcred.wallet.verification;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.keys.Multikey;

/**
 * A verification method that is a URL of its own (no fragment), as W3C Controlled Identifiers lets a key be: the
 * document it answers is the key itself, and names its {@code controller}. The key speaks only for its own URL; its
 * controller's document has the last word (it must list the key, for issuing too), so a key document cannot make
 * anyone its controller by saying so, and must agree with what the controller lists.
 */
final class KeyDocument {

    private KeyDocument() {
    }

    /** The controller the key document names, or a {@link FetchFailure} saying why it names none we can use. */
    static String controllerOf(JsonNode key, String keyUrl) {
        if (!keyUrl.equals(key.path("id").asText(null))) {
            throw new FetchFailure("the key document at " + keyUrl + " has id " + key.path("id").asText("(none)")
                    + ", not " + keyUrl);
        }
        String controller = key.path("controller").asText(null);
        if (controller == null || controller.isBlank()) {
            throw new FetchFailure("the key document at " + keyUrl + " names no controller");
        }
        if (controller.indexOf('#') >= 0) {
            throw new FetchFailure("the controller " + controller + " of " + keyUrl + " is not a document id");
        }
        return controller;
    }

    /**
     * What the controller document says of the key, once the key document itself agrees with it: the same public
     * key. A key document that differs is refused, whichever of the two is stale or forged.
     */
    static KeyResolution confirm(JsonNode key, KeyResolution listed) {
        if (listed.key() == null) {
            return listed;
        }
        byte[] served;
        try {
            served = Multikey.decode(key.path("publicKeyMultibase").asText("")).publicKey();
        } catch (CredentialException e) {
            return KeyResolution.failed(listed.verificationMethod(), "the key document at "
                    + listed.verificationMethod() + " holds no usable publicKeyMultibase: " + e.getMessage());
        }
        if (!Arrays.equals(served, listed.key().publicKey())) {
            return KeyResolution.failed(listed.verificationMethod(), "the key at " + listed.verificationMethod()
                    + " is not the key its controller " + listed.key().controller() + " lists under that id");
        }
        return listed;
    }
}
