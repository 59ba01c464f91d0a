package com.axys.golive.cli;

import com.axys.golive.tls.CertificateSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.InvalidPathException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --signer} values of {@code evidence verify} as fingerprints: a value naming a file is the signer's
 * certificate (PEM), fingerprinted here; anything else is a fingerprint, checked by the signer policy.
 */
final class SignerPins {

    private SignerPins() {
    }

    static List<String> fingerprints(List<String> given) {
        List<String> fingerprints = new ArrayList<>();
        for (String value : given) {
            Path file = asFile(value);
            if (file == null) {
                fingerprints.add(value);
                continue;
            }
            CertificateFiles.read(file, "--signer", "give the signer's certificate (PEM) or its SHA-256 fingerprint")
                    .forEach(c -> fingerprints.add(CertificateSummary.of(c, Clock.systemUTC()).sha256Fingerprint()));
        }
        return fingerprints;
    }

    private static Path asFile(String value) {
        try {
            Path path = Path.of(value);
            return Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }
}
