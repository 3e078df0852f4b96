package org.microcred.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Mutations of the bodies that are not plain JSON: multipart uploads (an evidence file with its
 * prompt, a baked badge), their framing, file names and contents, and VC-JWT texts.
 */
final class CorpusFiles {

    /** A multipart body and the Content-Type header that goes with it. */
    record Multipart(String kind, String contentType, byte[] body) {
    }

    /** One part: a form field (no file name) or a file. */
    record Part(String name, String fileName, String mediaType, byte[] content) {
    }

    private static final String BOUNDARY = "corpus-boundary-7f3a";
    private final Random random;

    CorpusFiles(Random random) {
        this.random = random;
    }

    /** The valid parts mutated one way: the file's bytes, its name or type, a field, or the framing. */
    Multipart mutate(List<Part> valid, boolean badge) {
        List<Part> parts = new ArrayList<>(valid);
        int file = parts.size() - 1;
        Part original = parts.get(file);
        String type = "multipart/form-data; boundary=" + BOUNDARY;
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                byte[] content = content(original.content(), badge);
                parts.set(file, new Part(original.name(), original.fileName(), original.mediaType(), content));
                return new Multipart("file content (" + content.length + " bytes)", type, body(parts, BOUNDARY));
            }
            case 2 -> {
                String name = pick(CorpusValues.STRINGS);
                parts.set(file, new Part(original.name(), name, original.mediaType(), original.content()));
                return new Multipart("file name", type, body(parts, BOUNDARY));
            }
            case 3 -> {
                parts.set(file, new Part(original.name(), original.fileName(), pick(CorpusValues.CONTENT_TYPES),
                        original.content()));
                return new Multipart("part media type", type, body(parts, BOUNDARY));
            }
            case 4 -> {
                if (file > 0) {
                    Part field = parts.get(0);
                    parts.set(0, new Part(field.name(), null, null, pick(CorpusValues.STRINGS)
                            .getBytes(StandardCharsets.UTF_8)));
                    return new Multipart("field value", type, body(parts, BOUNDARY));
                }
                parts.add(0, new Part(pick(CorpusValues.STRINGS), null, null, "x".getBytes(StandardCharsets.UTF_8)));
                return new Multipart("extra field", type, body(parts, BOUNDARY));
            }
            case 5 -> {
                parts.remove(random.nextInt(parts.size()));
                return new Multipart("missing part", type, body(parts, BOUNDARY));
            }
            case 6 -> {
                parts.add(original);
                parts.add(new Part(original.name(), "second.bin", "application/octet-stream", new byte[64]));
                return new Multipart("extra file parts", type, body(parts, BOUNDARY));
            }
            case 7 -> {
                return new Multipart("wrong boundary", pick(List.of("multipart/form-data",
                        "multipart/form-data; boundary=", "multipart/form-data; boundary=other",
                        "multipart/form-data; boundary=" + "b".repeat(100), "multipart/mixed; boundary=" + BOUNDARY,
                        "application/json", "text/plain")), body(parts, BOUNDARY));
            }
            default -> {
                return new Multipart("framing", type, framing(body(parts, BOUNDARY)));
            }
        }
    }

    /** A multipart body of exactly {@code size} bytes: the valid parts and a padding field. */
    static Multipart ofSize(List<Part> valid, long size) {
        List<Part> parts = new ArrayList<>(valid);
        int withoutPadding = body(parts, BOUNDARY).length;
        Part pad = new Part("corpusPadding", null, null, new byte[0]);
        parts.add(0, pad);
        int overhead = body(parts, BOUNDARY).length - withoutPadding;
        byte[] padding = new byte[(int) Math.max(0, size - withoutPadding - overhead)];
        java.util.Arrays.fill(padding, (byte) 'p');
        parts.set(0, new Part(pad.name(), null, null, padding));
        return new Multipart("size " + size, "multipart/form-data; boundary=" + BOUNDARY, body(parts, BOUNDARY));
    }

    static byte[] body(List<Part> parts, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"") + "\r\n"
                    + (part.mediaType() == null ? "" : "Content-Type: " + part.mediaType() + "\r\n") + "\r\n");
            out.writeBytes(part.content());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    /** A mutated VC-JWT text: segments broken, swapped, re-encoded with other headers, or padded. */
    String jwt(String valid) {
        String[] segments = valid.split("\\.", -1);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return switch (random.nextInt(10)) {
            case 0 -> b64.encodeToString(pick(List.of("{\"alg\":\"none\"}", "{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
                    "{\"alg\":\"EdDSA\",\"kid\":\"../../etc/passwd\"}", "{\"alg\":\"EdDSA\",\"crit\":[\"x\"],\"x\":1}",
                    "{\"alg\":\"EdDSA\",\"jku\":\"http://127.0.0.1:1/k\"}", "{}", "[]", "null",
                    "{\"alg\":\"EdDSA\",\"kid\":\"" + "k".repeat(5000) + "\"}"))
                    .getBytes(StandardCharsets.UTF_8)) + "." + segments[1] + "."
                    + (random.nextBoolean() ? "" : segments[2]);
            case 1 -> segments[0] + "."
                    + b64.encodeToString(pick(CorpusValues.MALFORMED).getBytes(StandardCharsets.UTF_8))
                    + "." + segments[2];
            case 2 -> String.join(".", java.util.Arrays.copyOf(segments, 1 + random.nextInt(2)));
            case 3 -> valid + "." + segments[2];
            case 4 -> valid.substring(0, random.nextInt(valid.length()));
            case 5 -> valid.replace(valid.charAt(random.nextInt(valid.length())),
                    pick(List.of('*', '=', '+', '/', ' ')));
            case 6 -> pick(CorpusValues.STRINGS);
            case 7 -> "  \n" + valid + "\n\u0000";
            case 8 -> segments[0] + "." + b64.encodeToString(("{\"vc\":" + "[".repeat(5000) + "]".repeat(5000) + "}")
                    .getBytes(StandardCharsets.UTF_8)) + "." + segments[2];
            default -> "..";
        };
    }

    /** The bytes of a file that is not what it claims, or is broken. */
    private byte[] content(byte[] valid, boolean badge) {
        return switch (random.nextInt(badge ? 12 : 8)) {
            case 0 -> new byte[0];
            case 1 -> randomBytes(1 + random.nextInt(4096));
            case 2 -> java.util.Arrays.copyOf(valid, random.nextInt(valid.length + 1));
            case 3 -> flipped(valid);
            case 4 -> "MZ\u0090\u0000PE\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
            case 5 -> "PK\u0003\u0004corpus".getBytes(StandardCharsets.ISO_8859_1);
            case 6 -> "%PDF-1.7\n<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1);
            case 7 -> svg(pick(List.of(
                    "<!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                            + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&d;&d;&d;&d;</text></svg>",
                    "<!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">"
                            + "<text>&x;</text></svg>",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\">"
                            + "<openbadges:credential><![CDATA[" + "{".repeat(3000)
                            + "]]></openbadges:credential></svg>",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\">" + "<g>".repeat(10_000) + "</g>".repeat(10_000)
                            + "</svg>",
                    "<svg><unclosed")));
            case 8 -> png(chunk("iTXt", ("openbadgecredential\0\0\0\0\0" + pick(CorpusValues.MALFORMED))
                    .getBytes(StandardCharsets.UTF_8)));
            case 9 -> png(chunkDeclaring("iTXt", Integer.MAX_VALUE));
            case 10 -> png(chunk("iTXt", ("openbadgecredential\0\1\0\0\0" + "x".repeat(100))
                    .getBytes(StandardCharsets.ISO_8859_1)));
            default -> png(chunk("zTXt", randomBytes(512)));
        };
    }

    private static byte[] svg(String text) {
        return ("<?xml version=\"1.0\"?>" + text).getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG signature, an IHDR, the given chunk, and an IEND. */
    private static byte[] png(byte[] chunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(chunk("IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0}));
        out.writeBytes(chunk);
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] typeAndData = CorpusJson.concat(type.getBytes(StandardCharsets.US_ASCII), data);
        out.writeBytes(typeAndData);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typeAndData);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    /** A chunk header that declares far more data than follows. */
    private static byte[] chunkDeclaring(String type, int length) {
        return CorpusJson.concat(java.nio.ByteBuffer.allocate(4).putInt(length).array(),
                (type + "openbadgecredential").getBytes(StandardCharsets.US_ASCII));
    }

    /** The body's framing broken: no closing boundary, LF line ends, garbage first, or a huge part header. */
    private byte[] framing(byte[] body) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String broken = switch (random.nextInt(5)) {
            case 0 -> text.substring(0, text.lastIndexOf("--" + BOUNDARY + "--"));
            case 1 -> text.replace("\r\n", "\n");
            case 2 -> text.replace("Content-Disposition: form-data; ", "Content-Disposition: form-data; "
                    + "x=\"" + "h".repeat(100_000) + "\"; ");
            case 3 -> text.replace("name=\"", "name=");
            default -> text.substring(0, random.nextInt(text.length()));
        };
        return broken.getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < 1 + random.nextInt(8) && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
