package org.microcred.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads protocol-buffer wire format field by field, enough for {@link OtlpReceiver} to take the few fields it needs
 * from OTLP's messages without the generated classes (and their protobuf runtime) on the test classpath.
 */
final class Protobuf {

    private final byte[] data;
    private int position;
    private final int end;
    private int field;
    private int wireType;

    Protobuf(byte[] data) {
        this(data, 0, data.length);
    }

    private Protobuf(byte[] data, int from, int to) {
        this.data = data;
        this.position = from;
        this.end = to;
    }

    /** Moves to the next field; false at the end of the message. */
    boolean next() {
        if (position >= end) {
            return false;
        }
        long tag = varint();
        field = (int) (tag >>> 3);
        wireType = (int) (tag & 7);
        return true;
    }

    int field() {
        return field;
    }

    long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = data[position++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint too long");
    }

    byte[] bytes() {
        int length = length();
        byte[] value = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return value;
    }

    String string() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    Protobuf message() {
        int length = length();
        Protobuf message = new Protobuf(data, position, position + length);
        position += length;
        return message;
    }

    void skip() {
        switch (wireType) {
            case 0 -> varint();
            case 1 -> position += 8;
            case 2 -> {
                int length = length(); // read first: "position += length()" would add to the position before it
                position += length;
            }
            case 5 -> position += 4;
            default -> throw new IllegalArgumentException("wire type " + wireType);
        }
    }

    private int length() {
        int length = (int) varint();
        if (length < 0 || position + length > end) {
            throw new IllegalArgumentException("length " + length + " past the end of the message");
        }
        return length;
    }
}
