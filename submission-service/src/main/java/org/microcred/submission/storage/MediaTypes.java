package org.microcred.submission.storage;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The media types evidence may have, and the file name extensions that claim them. */
public final class MediaTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    /** Always UTF-8 (the detector accepts nothing else); served with that charset. */
    public static final String TEXT = "text/plain";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String ODP = "application/vnd.oasis.opendocument.presentation";

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", PDF), Map.entry("png", PNG), Map.entry("jpg", JPEG), Map.entry("jpeg", JPEG),
            Map.entry("txt", TEXT), Map.entry("docx", DOCX), Map.entry("xlsx", XLSX), Map.entry("pptx", PPTX),
            Map.entry("odt", ODT), Map.entry("ods", ODS), Map.entry("odp", ODP));

    private MediaTypes() {
    }

    /** The type a file name's extension claims, when it is one of the allowed types' extensions. */
    public static Optional<String> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
