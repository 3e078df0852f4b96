package org.microcred.submission.storage;

/** Magic numbers at the start of a file: the media types evidence may have, and executables. */
final class Signatures {

    /** An executable's kind and the media type it is named by. */
    record Executable(String kind, String mediaType) {
    }

    private Signatures() {
    }

    /** The media type the head of a file shows, or null when none of these signatures matches. */
    static String media(byte[] head) {
        if (at(head, 0, "%PDF-")) {
            return MediaTypes.PDF;
        }
        if (at(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return MediaTypes.PNG;
        }
        if (at(head, 0, 0xFF, 0xD8, 0xFF)) {
            return MediaTypes.JPEG;
        }
        if (at(head, 0, "GIF87a") || at(head, 0, "GIF89a")) {
            return MediaTypes.GIF;
        }
        if (at(head, 0, "RIFF") && at(head, 8, "WEBP")) {
            return MediaTypes.WEBP;
        }
        if (at(head, 0, "RIFF") && at(head, 8, "WAVE")) {
            return MediaTypes.WAV;
        }
        if (at(head, 4, "ftyp")) {
            return isoMedia(head);
        }
        if (at(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return MediaTypes.WEBM;
        }
        if (at(head, 0, "ID3") || at(head, 0, 0xFF, 0xFB) || at(head, 0, 0xFF, 0xF3) || at(head, 0, 0xFF, 0xF2)) {
            return MediaTypes.MP3;
        }
        return null;
    }

    /** ISO base media files (MP4, QuickTime, HEIC, M4A) tell their flavour by the brand after "ftyp". */
    private static String isoMedia(byte[] head) {
        if (at(head, 8, "qt  ")) {
            return MediaTypes.QUICKTIME;
        }
        if (at(head, 8, "heic") || at(head, 8, "heix") || at(head, 8, "mif1") || at(head, 8, "heif")) {
            return MediaTypes.HEIC;
        }
        if (at(head, 8, "M4A ")) {
            return MediaTypes.M4A;
        }
        return MediaTypes.MP4;
    }

    /** A ZIP archive: what the Office formats are, told apart by their entries ({@link OfficeDetector}). */
    static boolean zip(byte[] head) {
        return at(head, 0, 'P', 'K', 3, 4);
    }

    static Executable executable(byte[] head) {
        if (at(head, 0, "MZ")) {
            return new Executable("Windows PE", "application/x-msdownload");
        }
        if (at(head, 0, 0x7F, 'E', 'L', 'F')) {
            return new Executable("ELF", "application/x-executable");
        }
        if (at(head, 0, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return new Executable("Java class or Mach-O universal binary", "application/java-vm");
        }
        if (at(head, 0, 0xFE, 0xED, 0xFA, 0xCE) || at(head, 0, 0xFE, 0xED, 0xFA, 0xCF)
                || at(head, 0, 0xCE, 0xFA, 0xED, 0xFE) || at(head, 0, 0xCF, 0xFA, 0xED, 0xFE)) {
            return new Executable("Mach-O", "application/x-mach-binary");
        }
        if (at(head, 0, "#!")) {
            return new Executable("script", "text/x-shellscript");
        }
        return null;
    }

    /** The signature as text: each of its ASCII characters is one byte. */
    private static boolean at(byte[] bytes, int offset, String ascii) {
        return at(bytes, offset, ascii.chars().toArray());
    }

    private static boolean at(byte[] bytes, int offset, int... magic) {
        if (bytes.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[offset + i] != (byte) magic[i]) {
                return false;
            }
        }
        return true;
    }
}
