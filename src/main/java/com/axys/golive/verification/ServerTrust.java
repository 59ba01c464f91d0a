package com.axys.golive.verification;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate authorities a verifier accepts for a server's chain: the JDK's own trust store, plus any the user
 * gives ({@code --trust-ca}, or the CA bundle the run itself trusted). A chain is trusted when PKIX validation
 * (without revocation, which needs the network) succeeds at the time the connection was made.
 */
public final class ServerTrust {

    private final Set<TrustAnchor> anchors;

    private ServerTrust(Set<TrustAnchor> anchors) {
        this.anchors = Set.copyOf(anchors);
    }

    /** The JDK's trust store and {@code extra}. */
    public static ServerTrust jdkAnd(List<X509Certificate> extra) {
        Set<TrustAnchor> anchors = new HashSet<>();
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init((KeyStore) null);
            for (TrustManager tm : tmf.getTrustManagers()) {
                if (tm instanceof X509TrustManager x509) {
                    for (X509Certificate ca : x509.getAcceptedIssuers()) {
                        anchors.add(new TrustAnchor(ca, null));
                    }
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's trust store cannot be read: " + e.getMessage(), e);
        }
        extra.forEach(ca -> anchors.add(new TrustAnchor(ca, null)));
        return new ServerTrust(anchors);
    }

    boolean trusts(List<X509Certificate> chain, Instant at) {
        List<X509Certificate> path = new ArrayList<>(chain);
        X509Certificate last = path.get(path.size() - 1);
        if (path.size() > 1 && last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
            path.remove(path.size() - 1); // a root sent along is no part of the path PKIX validates
        }
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters params = new PKIXParameters(anchors);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(certPath, params);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
