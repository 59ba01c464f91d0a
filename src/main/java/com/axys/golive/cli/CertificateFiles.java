package com.axys.golive.cli;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** PEM certificate files given on the command line ({@code --trust-ca}, {@code --signer}), read or refused. */
final class CertificateFiles {

    private CertificateFiles() {
    }

    /** Every certificate in {@code file}; a file that holds none, or is unreadable, is a usage error naming flag. */
    static List<X509Certificate> read(Path file, String flag, String fix) {
        List<X509Certificate> certificates = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) c);
            }
        } catch (IOException | CertificateException e) {
            throw new HarnessException(Category.USAGE, flag + " " + file + " cannot be read as PEM certificates ("
                    + e.getClass().getSimpleName() + "); " + fix);
        }
        if (certificates.isEmpty()) {
            throw new HarnessException(Category.USAGE, flag + " " + file + " holds no certificate; " + fix);
        }
        return certificates;
    }
}
