package org.microcred.support.rest;

/**
 * Control characters have no place in any text a client sends: a NUL cannot even be stored (PostgreSQL refuses it
 * in text, which would surface as a server error), and the others hide text from people who read it later. Tab,
 * line feed and carriage return stay allowed: written answers and descriptions have lines.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code text} holds a C0 control character other than tab, LF or CR, or DEL. */
    public static boolean present(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (forbidden(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean forbidden(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
