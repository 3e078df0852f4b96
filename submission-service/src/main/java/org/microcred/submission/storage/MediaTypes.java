package org.microcred.submission.storage;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** Each type's file name extensions, the one it is served with first. */
    private static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            Map.entry(PDF, List.of("pdf")), Map.entry(PNG, List.of("png")), Map.entry(JPEG, List.of("jpg", "jpeg")),
            Map.entry(GIF, List.of("gif")), Map.entry(WEBP, List.of("webp")), Map.entry(HEIC, List.of("heic", "heif")),
            Map.entry(TEXT, List.of("txt", "text", "md", "markdown", "csv", "log")),
            Map.entry(DOCX, List.of("docx")), Map.entry(XLSX, List.of("xlsx")), Map.entry(PPTX, List.of("pptx")),
            Map.entry(ODT, List.of("odt")), Map.entry(ODS, List.of("ods")), Map.entry(ODP, List.of("odp")),
            Map.entry(MP4, List.of("mp4", "m4v")), Map.entry(QUICKTIME, List.of("mov")), Map.entry(WEBM, List.of("webm")),
            Map.entry(MP3, List.of("mp3")), Map.entry(M4A, List.of("m4a")), Map.entry(WAV, List.of("wav")));

    private static final Map<String, String> BY_EXTENSION = EXTENSIONS.entrySet().stream()
            .flatMap(type -> type.getValue().stream().map(extension -> Map.entry(extension, type.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private MediaTypes() {
    }

    /** The type a file name's extension claims, when it is one of the known types' extensions. */
    public static Optional<String> claimedBy(String fileName) {
        return FileNames.extensionOf(fileName).map(BY_EXTENSION::get);
    }

    /** The extensions a file of this type may be named with (lower case); empty for a type evidence never has. */
    public static List<String> extensionsOf(String mediaType) {
        return EXTENSIONS.getOrDefault(mediaType, List.of());
    }

    /** The extension a file of this type is served with: its first; {@code bin} for a type evidence never has. */
    public static String servedExtensionOf(String mediaType) {
        List<String> extensions = extensionsOf(mediaType);
        return extensions.isEmpty() ? "bin" : extensions.get(0);
    }

    /** Whether the allow-list names the type, exactly or as {@code type/*} (case-insensitive). */
    public static boolean allowed(String mediaType, Collection<String> allowList) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        String family = type.substring(0, type.indexOf('/') + 1) + "*";
        return allowList.stream().map(a -> a.trim().toLowerCase(Locale.ROOT))
                .anyMatch(a -> a.equals(type) || a.equals(family));
    }
}
