package org.microcred.submission.service;

import java.nio.file.Path;

/** A file the HTTP layer received: where it waits on disk, the name the client gave, its size. */
public record Upload(Path file, String clientFileName, long size) {
}
