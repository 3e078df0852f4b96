package org.microcred.support.ratelimit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The path a request reaches once the router has made sense of it, so that a limited prefix cannot be dodged by
 * writing the path differently: percent-escapes decoded (also an escaped slash or dot), backslashes read as slashes,
 * matrix parameters ({@code ;x=1}) dropped, empty segments ({@code //}) and {@code .} removed, {@code ..} applied.
 * It normalises at least as far as any router does, so the limiter may match more spellings than the router, never
 * fewer.
 */
final class RequestPaths {

    private RequestPaths() {
    }

    static String normalise(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        // Decoding twice catches a doubly escaped slash (%252F) too; a third round buys nothing a router would do.
        String decoded = decode(decode(path)).replace('\\', '/');
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.split("/")) {
            int matrix = segment.indexOf(';');
            String name = matrix >= 0 ? segment.substring(0, matrix) : segment;
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(name);
            }
        }
        return "/" + String.join("/", segments);
    }

    /** Percent-decoding that keeps a malformed escape as it is instead of failing. */
    private static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int high = i + 2 < bytes.length && bytes[i] == '%' ? Character.digit(bytes[i + 1], 16) : -1;
            int low = high >= 0 ? Character.digit(bytes[i + 2], 16) : -1;
            if (low >= 0) {
                out.write(high * 16 + low);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
