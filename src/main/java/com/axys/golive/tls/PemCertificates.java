package com.axys.golive.tls;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/** The certificates of a PEM file in file order; blocks of other kinds are skipped. */
final class PemCertificates {

    private PemCertificates() { }

    /**
     * @param thing how messages name the file, e.g. {@code client certificate 'file:/x'}
     * @param fix   what the user should do when the file holds no certificate
     */
    static List<X509Certificate> read(byte[] content, String thing, String fix) {
        List<PemBlocks.Block> blocks = PemBlocks.require(content, thing, fix);
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        for (PemBlocks.Block block : blocks) {
            if (block.parsed().orElse(null) instanceof X509CertificateHolder holder) {
                try {
                    certificates.add(converter.getCertificate(holder));
                } catch (CertificateException e) {
                    throw new CredentialException(CredentialProblem.NOT_PEM, thing
                            + " holds a certificate the JDK cannot read; export it again", e);
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new CredentialException(CredentialProblem.NO_CERTIFICATE, thing
                    + " holds no certificate (found: " + PemBlocks.labels(blocks) + "); " + fix);
        }
        return List.copyOf(certificates);
    }
}
