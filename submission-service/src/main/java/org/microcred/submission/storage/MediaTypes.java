package org.microcred.submission.storage;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The media types evidence may be detected as, and the file name extensions that claim them. */
public final class MediaTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";
    public static final String HEIC = "image/heic";
    /** Always UTF-8 (the detector accepts nothing else); served with that charset. */
    public static final String TEXT = "text/plain";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";
    public static final String MP4 = "video/mp4";
    public static final String QUICKTIME = "video/quicktime";
    public static final String WEBM = "video/webm";
    public static final String MP3 = "audio/mpeg";
    public static final String M4A = "audio/mp4";
    public static final String WAV = "audio/wav";
    public static final String ZIP = "application/zip";
    /** Content no signature matched. */
    public static final String UNKNOWN = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", PDF), Map.entry("png", PNG), Map.entry("jpg", JPEG), Map.entry("jpeg", JPEG),
            Map.entry("gif", GIF), Map.entry("webp", WEBP), Map.entry("heic", HEIC),
            Map.entry("txt", TEXT), Map.entry("docx", DOCX), Map.entry("xlsx", XLSX), Map.entry("pptx", PPTX),
            Map.entry("odt", ODT), Map.entry("ods", ODS), Map.entry("odp", ODP), Map.entry("mp4", MP4),
            Map.entry("mov", QUICKTIME), Map.entry("webm", WEBM), Map.entry("mp3", MP3), Map.entry("m4a", M4A),
            Map.entry("wav", WAV));

    private MediaTypes() {
    }

    /** The type a file name's extension claims, when it is one of the known types' extensions. */
    public static Optional<String> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Whether the allow-list names the type, exactly or as {@code type/*} (case-insensitive). */
    public static boolean allowed(String mediaType, Collection<String> allowList) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        String family = type.substring(0, type.indexOf('/') + 1) + "*";
        return allowList.stream().map(a -> a.trim().toLowerCase(Locale.ROOT))
                .anyMatch(a -> a.equals(type) || a.equals(family));
    }
}
