package com.axys.golive.client;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.config.AxysHost;
import java.io.IOException;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import org.apache.http.conn.ssl.X509HostnameVerifier;

/**
 * Host name verification (strict, as before) plus one question at the handshake, before a byte of HTTP is sent:
 * does the server present Axys production's certificate? A run that was not started as production and meets one
 * (an IP literal, a hosts-file alias, a tunnel) refuses the connection and closes the run's {@link CallGate}, so
 * nothing at all is sent to it. A certificate that also names the staging host we asked for is staging's.
 */
@SuppressWarnings("deprecation")
public final class ProductionCertificateCheck implements X509HostnameVerifier {

    private final X509HostnameVerifier strict;
    private final boolean productionRun;
    private final CallGate gate;

    public ProductionCertificateCheck(X509HostnameVerifier strict, boolean productionRun, CallGate gate) {
        this.strict = strict;
        this.productionRun = productionRun;
        this.gate = gate;
    }

    @Override
    public void verify(String host, SSLSocket ssl) throws IOException {
        strict.verify(host, ssl);
        Certificate[] chain = ssl.getSession().getPeerCertificates();
        if (chain.length > 0 && chain[0] instanceof X509Certificate leaf) {
            check(host, leaf);
        }
    }

    @Override
    public void verify(String host, X509Certificate cert) throws SSLException {
        strict.verify(host, cert);
        check(host, cert);
    }

    @Override
    public void verify(String host, String[] cns, String[] subjectAlts) throws SSLException {
        strict.verify(host, cns, subjectAlts);
        List<String> names = new ArrayList<>(List.of(cns == null ? new String[0] : cns));
        names.addAll(List.of(subjectAlts == null ? new String[0] : subjectAlts));
        check(host, names);
    }

    @Override
    public boolean verify(String host, SSLSession session) {
        if (!strict.verify(host, session)) {
            return false;
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            if (chain.length > 0 && chain[0] instanceof X509Certificate leaf) {
                check(host, leaf);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void check(String host, X509Certificate leaf) throws SSLException {
        check(host, names(leaf));
    }

    private void check(String host, List<String> names) throws SSLException {
        if (productionRun || AxysHost.isStaging(host)) {
            return;
        }
        boolean production = names.stream().anyMatch(AxysHost::isProduction);
        if (production) {
            HarnessException why = gate.close(new HarnessException(Category.USAGE, "the target " + host
                    + " presents Axys production's server certificate (it names " + AxysHost.PRODUCTION
                    + "), but this run was not started against production; nothing was sent. Use --target"
                    + " production (only @production-safe scenarios run there) or golive verify-production"));
            throw new SSLException(why.getMessage());
        }
    }

    /** The DNS names a certificate is for: its subject alternative names and its subject's CN. */
    public static List<String> names(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> sans = cert.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    if (san.size() >= 2 && Integer.valueOf(2).equals(san.get(0))) {
                        names.add(String.valueOf(san.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException ignored) {
            // a certificate whose SANs do not parse names nothing here; the CN below still counts
        }
        try {
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    names.add(String.valueOf(rdn.getValue()));
                }
            }
        } catch (InvalidNameException ignored) {
            // no CN to read
        }
        return names;
    }
}
