package com.axys.golive.proxy;

import com.axys.golive.client.ProductionCertificateCheck;
import com.axys.golive.config.AxysHost;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The proxy's form of the harness's handshake check: after the standard validation (chain and host name) accepts
 * the server, a server that presents Axys production's certificate to a session not started against production
 * (an IP literal, a hosts-file alias, a tunnel) is refused before a byte of HTTP is sent, so the read-only rule for
 * production cannot be side-stepped by spelling.
 */
final class ProductionCertificateRefusal extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager standard;
    private final String targetHost;

    private ProductionCertificateRefusal(X509ExtendedTrustManager standard, String targetHost) {
        this.standard = standard;
        this.targetHost = targetHost;
    }

    /** Wraps the standard trust managers for a target that is not production. */
    static TrustManager[] wrap(TrustManager[] managers, String targetHost) {
        TrustManager[] out = managers.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof X509ExtendedTrustManager x509) {
                out[i] = new ProductionCertificateRefusal(x509, targetHost);
            }
        }
        return out;
    }

    private void refuseProduction(X509Certificate[] chain) throws CertificateException {
        if (chain.length == 0 || AxysHost.isStaging(targetHost)) {
            return;
        }
        if (ProductionCertificateCheck.names(chain[0]).stream().anyMatch(AxysHost::isProduction)) {
            throw new CertificateException("the target " + targetHost + " presents Axys production's server"
                    + " certificate (it names " + AxysHost.PRODUCTION + "), but this proxy was not started against"
                    + " production; nothing was sent. Use --target production --allow-production (reads only)");
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        standard.checkServerTrusted(chain, authType, engine);
        refuseProduction(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        standard.checkServerTrusted(chain, authType, socket);
        refuseProduction(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        standard.checkServerTrusted(chain, authType);
        refuseProduction(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        standard.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        standard.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        standard.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return standard.getAcceptedIssuers();
    }
}
