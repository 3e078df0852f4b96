package org.microcred.credentials.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.microcred.credentials.CredentialException;
import org.microcred.credentials.baking.SvgBaking;
import org.microcred.credentials.fuzz.support.Bounded;
import org.microcred.credentials.fuzz.support.Corpus;
import org.microcred.credentials.fuzz.support.FuzzRun;
import org.microcred.credentials.fuzz.support.Mutator;

/**
 * SVG unbaking (wallet-service's {@code POST /api/v1/verify/baked}) and baking, over the JDK's StAX parser with DTDs
 * refused ({@code SecureXml}): any document ends in the credential text or one of the refusals {@link SvgBaking}
 * documents, within {@link Bounded#LIMIT}; a document that can be baked gives back exactly the baked credential.
 * Mutated as text (XML tokens, DTD and entity machinery, deep nesting, Unicode edge cases), now and then encoded as
 * UTF-16.
 */
class SvgUnbakingFuzzTest {

    static final String TARGET = "svg";
    private static final Corpus CORPUS = Corpus.of("/org/microcred/credentials/fuzz/" + TARGET);
    private static final Set<String> REFUSALS = Set.of("no-credential", "unsafe-xml", "malformed-image", "too-large",
            "malformed-credential");
    private static final List<String> XML = List.of("<", ">", "/>", "</", "<svg>", "</svg>", "<g>", "</g>",
            "<openbadges:credential>", "</openbadges:credential>", "<openbadges:credential verify=\"a.b.c\"/>",
            "xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"", "xmlns:openbadges=\"urn:other\"",
            "xmlns=\"http://www.w3.org/2000/svg\"", "<![CDATA[", "]]>", "<!--", "-->", "<?xml version=\"1.0\"?>",
            "<?xml version=\"1.1\" encoding=\"UTF-16\"?>", "<?pi x?>", "<!DOCTYPE svg>", "<!ENTITY e \"x\">",
            "<!DOCTYPE svg SYSTEM \"http://localhost/x.dtd\">", "&e;", "&amp;", "&#0;", "&#x10FFFF;", "&#xD800;",
            "&#99999999;", "verify=\"\"", "\"", "'", "=");

    @Test
    void anyDocumentIsUnbakedOrRefused() {
        Mutator mutator = Mutator.ofText(CORPUS.seedTexts(), XML);
        FuzzRun.check(TARGET, (Random random) -> {
            Charset charset = random.nextInt(8) == 0 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
            return mutator.text(random).getBytes(charset);
        }, this::unbakeAndBake);
    }

    @Test
    void seedsAndRegressionInputsAreUnbakedOrRefused() {
        for (Path input : CORPUS.replays()) {
            unbakeAndBake(Corpus.read(input));
        }
    }

    private void unbakeAndBake(byte[] svg) {
        Bounded.run(TARGET, svg, this::documented, () -> SvgBaking.unbake(svg));
        Bounded.run(TARGET, svg, this::documented, () -> {
            byte[] baked = SvgBaking.bake(svg, FuzzKeys.BAKED_CREDENTIAL);
            assertEquals(FuzzKeys.BAKED_CREDENTIAL, SvgBaking.unbake(baked), "a baked image gives back its credential");
            return baked;
        });
    }

    private boolean documented(Throwable thrown) {
        return thrown instanceof CredentialException refused && REFUSALS.contains(refused.problem());
    }
}
