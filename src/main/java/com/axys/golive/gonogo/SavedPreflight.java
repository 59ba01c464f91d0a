package com.axys.golive.gonogo;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.evidence.Hashing;
import com.axys.golive.evidence.OwnerOnly;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * What {@code golive preflight --save DIR} writes: {@value #FILE}, exactly the {@code --json} output (check names,
 * results, details, fixes, notes and by-hand commands; no key material, passphrase or API key), and
 * {@value #SHA_FILE} beside it in {@code sha256sum} format, so {@code sha256sum -c} and {@code golive go-no-go} can
 * tell an edited file. Both owner-only.
 */
public final class SavedPreflight {

    public static final String FILE = "preflight.json";
    public static final String SHA_FILE = FILE + ".sha256";

    private SavedPreflight() {
    }

    /** Writes the results into {@code dir} (created if missing) and returns the JSON file's path. */
    public static Path save(Path dir, String json) {
        byte[] bytes = (json.endsWith("\n") ? json : json + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            OwnerOnly.createDirectories(dir);
            Path file = OwnerOnly.write(dir.resolve(FILE), bytes);
            OwnerOnly.writeString(dir.resolve(SHA_FILE), shaLine(Hashing.sha256(bytes)));
            return file;
        } catch (IOException e) {
            throw new HarnessException(Category.USAGE, "cannot save the preflight results in " + dir + " ("
                    + e.getClass().getSimpleName() + "); give --save a folder you can write to");
        }
    }

    /** The {@code sha256sum} line for {@value #FILE}. */
    static String shaLine(String hex) {
        return hex + "  " + FILE + "\n";
    }
}
