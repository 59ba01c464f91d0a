package com.axys.golive.preflight;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertificateException;
import java.util.Locale;
import java.util.function.Predicate;
import javax.net.ssl.SSLException;

/**
 * Why a call got no HTTP answer, read from the exception's cause chain: the target's server certificate is not
 * trusted here, the TLS handshake was refused (Axys refuses a bad client certificate there, with no HTTP body), the
 * host is unknown or unreachable, or something else.
 */
final class NoAnswer {

    private NoAnswer() { }

    static MessageParts explain(Throwable failure, String target) {
        String seen = summary(failure);
        if (any(failure, t -> t instanceof CertPathBuilderException || t instanceof CertificateException
                || String.valueOf(t.getMessage()).contains("PKIX"))) {
            return new MessageParts("the server certificate of " + target + " is not trusted here (" + seen + ")",
                    "give its CA with --ca-bundle, or check for a proxy intercepting TLS on this host");
        }
        if (any(failure, t -> t instanceof SSLException || t instanceof SocketException && refusedMidway(t))) {
            return new MessageParts("TLS handshake refused by " + target + " (" + seen + ")", "Axys refuses the"
                    + " client certificate at the handshake (issuer, validity, revocation): check --cert and --key are"
                    + " the Program's pair signed by Axys for this environment");
        }
        if (any(failure, t -> t instanceof UnknownHostException)) {
            return new MessageParts("cannot resolve the host of " + target + " (" + seen + ")",
                    "check this host's DNS, or the proxy settings");
        }
        if (any(failure, t -> t instanceof ConnectException || t instanceof NoRouteToHostException
                || t instanceof SocketTimeoutException || t.getClass().getSimpleName().contains("Timeout"))) {
            return new MessageParts("cannot reach " + target + " (" + seen + ")",
                    "check that this host may connect out to port 443 (firewall, security group, proxy)");
        }
        return new MessageParts("no HTTP answer from " + target + " (" + seen + ")",
                "check the target URL and this host's network; re-run with --debug if it persists");
    }

    private static boolean refusedMidway(Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("reset") || message.contains("broken pipe");
    }

    private static boolean any(Throwable failure, Predicate<Throwable> test) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause, as {@code Class: message}. */
    private static String summary(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
