package com.axys.golive.evidence;

import com.axys.golive.capture.ServerConnection;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * The line {@code connections.jsonl} holds for one connection, and the one description of a server certificate that
 * writer and verifier share: subject, issuer, serial, validity, DNS and IP names, the SHA-256 of its DER encoding,
 * and the DER itself (base64), so that the verifier can recompute every field and check the chain offline.
 */
public final class ServerCertificates {

    private ServerCertificates() {
    }

    static ObjectNode record(ServerConnection c, ObjectMapper mapper) {
        ObjectNode line = mapper.createObjectNode();
        line.put("ts", c.at().toString());
        line.put("host", c.host());
        line.put("port", c.port());
        line.put("address", c.address());
        line.put("protocol", c.protocol());
        line.put("cipherSuite", c.cipherSuite());
        ArrayNode chain = line.putArray("chain");
        for (X509Certificate cert : c.chain()) {
            ObjectNode entry = describe(cert, mapper);
            try {
                entry.put("der", Base64.getEncoder().encodeToString(cert.getEncoded()));
            } catch (CertificateEncodingException e) {
                entry.putNull("der");
            }
            chain.add(entry);
        }
        return line;
    }

    /** The readable fields of {@code cert}; the verifier compares a recorded entry with these, recomputed. */
    public static ObjectNode describe(X509Certificate cert, ObjectMapper mapper) {
        ObjectNode entry = mapper.createObjectNode();
        entry.put("subject", cert.getSubjectX500Principal().getName());
        entry.put("issuer", cert.getIssuerX500Principal().getName());
        entry.put("serial", cert.getSerialNumber().toString(16));
        entry.put("notBefore", cert.getNotBefore().toInstant().toString());
        entry.put("notAfter", cert.getNotAfter().toInstant().toString());
        entry.set("dnsNames", mapper.valueToTree(names(cert, 2)));
        entry.set("ipAddresses", mapper.valueToTree(names(cert, 7)));
        try {
            entry.put("sha256", Hashing.sha256(cert.getEncoded()));
        } catch (CertificateEncodingException e) {
            entry.putNull("sha256");
        }
        return entry;
    }

    private static List<String> names(X509Certificate cert, int type) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> sans = cert.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    if (san.size() >= 2 && Integer.valueOf(type).equals(san.get(0))) {
                        names.add(String.valueOf(san.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // names nothing: the verifier's host check then fails on this certificate, as it should
        }
        return names;
    }
}
