package com.axys.golive.secrets;

import com.axys.golive.HarnessException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@code file:} references: absolute, relative to the working directory, or under {@code ~}. */
final class FileSource {

    private final Path home;

    FileSource(Path home) {
        this.home = home;
    }

    Secret read(SecretRef ref) {
        Path path = requireFile(ref);
        String thing = describe(ref, path);
        byte[] value;
        try (InputStream in = Files.newInputStream(path)) {
            value = in.readNBytes(SecretResolver.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new HarnessException(HarnessException.Category.USAGE, thing + " cannot be read ("
                    + e.getClass().getSimpleName() + "); check its permissions", e);
        }
        if (value.length > SecretResolver.MAX_BYTES) {
            throw usage(thing + " is larger than 1 MiB; point the reference at the key, certificate or password "
                    + "file itself");
        }
        return Secret.of(ref.toString(), value);
    }

    /** The file {@code ref} names, or a usage error saying why it names none (a bare reference is not repeated). */
    Path requireFile(SecretRef ref) {
        if (ref.bare() && !Files.exists(expand(ref.locator()))) {
            throw usage("a credential was given as plain text that names no file (not shown: it may be the secret"
                    + " itself); give a reference, env:NAME, file:/path or exec:<command> (the API key itself goes in"
                    + " AXYS_API_KEY)");
        }
        Path path = expand(ref.locator());
        if (Files.isDirectory(path)) {
            throw usage(describe(ref, path) + " is a directory; point the reference at a file");
        }
        if (!Files.exists(path)) {
            throw usage(describe(ref, path) + " does not exist; check the path");
        }
        return path;
    }

    private static String describe(SecretRef ref, Path path) {
        return "secret file '" + ref + "' (resolved to " + path + ")";
    }

    /** {@code ~} and {@code ~/x} expand to the home directory; other paths resolve against the working directory. */
    Path expand(String locator) {
        if (locator.equals("~")) {
            return home;
        }
        if (locator.startsWith("~/")) {
            return home.resolve(locator.substring(2));
        }
        return Path.of(locator).toAbsolutePath();
    }

    private static HarnessException usage(String message) {
        return new HarnessException(HarnessException.Category.USAGE, message);
    }
}
