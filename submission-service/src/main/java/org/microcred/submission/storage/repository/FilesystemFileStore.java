package org.microcred.submission.storage.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.file.OpenOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.file.AsyncFile;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.microcred.submission.config.StorageConfig;
import org.microcred.submission.storage.FileStore;
import org.microcred.submission.storage.StoredFile;

/**
 * Keeps evidence in a directory ({@code microcred.storage.dir}), one file per key, spread over
 * sub-directories by the key's first two characters. Blocking file work runs on Vert.x worker
 * threads; results come back on the caller's context.
 */
@ApplicationScoped
public class FilesystemFileStore implements FileStore {

    /** Keys are generated ids: nothing a client sends can name a path outside the directory. */
    private static final Pattern KEY = Pattern.compile("^[a-z0-9][a-z0-9-]{1,63}$");

    private final Path root;
    private final Vertx vertx;

    public FilesystemFileStore(StorageConfig config, Vertx vertx) {
        this.root = config.dir().toAbsolutePath().normalize();
        this.vertx = vertx;
    }

    @Override
    public Uni<StoredFile> store(Path upload, String key) {
        Path target = pathOf(key);
        return vertx.executeBlocking(() -> copyAndHash(upload, target, key), false);
    }

    @Override
    public Uni<AsyncFile> open(String key) {
        return vertx.fileSystem().open(pathOf(key).toString(), new OpenOptions().setRead(true).setCreate(false));
    }

    @Override
    public Uni<Void> delete(String key) {
        Path target = pathOf(key);
        return vertx.executeBlocking(() -> Files.deleteIfExists(target), false).replaceWithVoid();
    }

    private Path pathOf(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    /** Writes to a temporary name first, so a reader never sees a half-written file. */
    private static StoredFile copyAndHash(Path upload, Path target, String key) {
        Path partial = target.resolveSibling(key + ".part");
        try {
            Files.createDirectories(target.getParent());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(upload), sha256);
                    OutputStream out = Files.newOutputStream(partial)) {
                size = in.transferTo(out);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new StoredFile(key, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException | NoSuchAlgorithmException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the failure that matters is the one being reported
            }
            throw new IllegalStateException("Could not store file " + key, e);
        }
    }
}
