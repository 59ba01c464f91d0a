package com.axys.golive.tls;

import java.security.cert.X509Certificate;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** How messages name a certificate: {@code CN=...} when it has a common name, else its whole RFC 2253 subject. */
final class CertificateNames {

    private CertificateNames() { }

    static String shortName(X509Certificate certificate) {
        X500Principal subject = certificate.getSubjectX500Principal();
        RDN[] commonNames = X500Name.getInstance(subject.getEncoded()).getRDNs(BCStyle.CN);
        if (commonNames.length == 0) {
            return subject.getName(X500Principal.RFC2253);
        }
        return "CN=" + IETFUtils.valueToString(commonNames[0].getFirst().getValue());
    }
}
