package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.config.AxysHost;
import com.axys.golive.config.Target;
import com.axys.golive.evidence.EvidenceFiles;
import com.axys.golive.evidence.ServerCertificates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.apache.http.conn.ssl.DefaultHostnameVerifier;

/**
 * Where the calls went, read from the evidence itself rather than from the manifest's label: the manifest's target
 * name must fit its base URL (staging is the staging host, the simulator a loopback address); every call must have
 * gone to that base URL's host and port; and every connection record must hold the certificate chain the server
 * presented, unaltered (each field recomputed from the DER), naming the host, each certificate signed by the next.
 * For Axys staging and production the chain must also lead to a certificate authority the verifier trusts (the
 * JDK's, or one given to it): a self-made certificate naming staging proves nothing.
 *
 * <p>What this cannot prove offline: that a forger who rewrote every line did not also hold a certificate a trusted
 * authority issued for the host. A signature over the manifest, and the correlation ids in Axys's own logs, close
 * that gap.
 */
final class ProvenanceCheck {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_LISTED = 3;

    private final ServerTrust trust;

    ProvenanceCheck(ServerTrust trust) {
        this.trust = trust;
    }

    List<Problem> check(Path root, Manifest manifest) {
        List<Problem> problems = new ArrayList<>();
        Manifest.Target target = manifest.target();
        URI base;
        try {
            base = URI.create(target.baseUrl());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.defect(EvidenceFiles.MANIFEST, "target.baseUrl is not a URL (the manifest was"
                    + " edited)"));
            return problems;
        }
        String origin = origin(base);
        problems.addAll(nameFitsUrl(target, base));
        long answered = calls(root, origin, target, problems);
        long connections = connections(root, origin, target, problems);
        if (manifest.complete() && answered > 0 && connections == 0) {
            problems.add(Problem.defect(EvidenceFiles.CONNECTIONS, "records no connection although " + answered
                    + " call(s) were answered: the server's identity cannot be shown (removed after the run?)"));
        }
        return problems;
    }

    private static List<Problem> nameFitsUrl(Manifest.Target target, URI base) {
        String host = AxysHost.normalize(base.getHost());
        String expected;
        if (target.name().equals("simulator")) {
            expected = loopback(host) ? "simulator" : "custom";
        } else {
            try {
                expected = Target.parse(target.baseUrl()).name();
            } catch (HarnessException e) {
                expected = "?";
            }
        }
        if (expected.equals(target.name())) {
            return List.of();
        }
        return List.of(Problem.defect(EvidenceFiles.MANIFEST, "target.name says " + target.name() + " but its base"
                + " URL " + target.baseUrl() + " is " + (expected.equals("?") ? "not a valid target URL"
                : expected.equals("custom") ? "neither Axys's staging nor its production host, nor the embedded"
                + " simulator" : "Axys " + expected) + " (the manifest was relabelled)"));
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }

    /** Checks every call's URL against the base URL; returns how many calls were answered (status above 0). */
    private static long calls(Path root, String origin, Manifest.Target target, List<Problem> problems) {
        long[] answered = {0};
        int[] elsewhere = {0};
        forEachLine(root.resolve(EvidenceFiles.CALLS), (call, line) -> {
            if (call.path("status").asInt() > 0) {
                answered[0]++;
            }
            String went = originOrNull(call.path("url").asText(""));
            if (!origin.equals(went) && ++elsewhere[0] <= MAX_LISTED) {
                problems.add(Problem.defect(EvidenceFiles.CALLS, line, "the call went to " + (went == null
                        ? "no valid URL" : went) + ", but the manifest says the target was " + target.name() + " at "
                        + target.baseUrl() + " (relabelled, or edited after the run)"));
            }
        });
        if (elsewhere[0] > MAX_LISTED) {
            problems.add(Problem.defect(EvidenceFiles.CALLS, (elsewhere[0] - MAX_LISTED) + " more call(s) went"
                    + " elsewhere than " + origin));
        }
        return answered[0];
    }

    /** Checks every connection record; returns how many there are. */
    private long connections(Path root, String origin, Manifest.Target target, List<Problem> problems) {
        long[] count = {0};
        boolean axys = target.name().equals("staging") || target.name().equals("production");
        forEachLine(root.resolve(EvidenceFiles.CONNECTIONS), (c, line) -> {
            count[0]++;
            String host = c.path("host").asText("");
            String at = "https://" + authority(AxysHost.normalize(host), c.path("port").asInt(-1));
            if (!at.equals(origin)) {
                problems.add(Problem.defect(EvidenceFiles.CONNECTIONS, line, "a connection to " + at + ", but the"
                        + " manifest says the target was " + origin));
            }
            List<X509Certificate> chain;
            try {
                chain = chain(c.path("chain"));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                problems.add(Problem.defect(EvidenceFiles.CONNECTIONS, line, "a certificate of the chain does not"
                        + " parse (edited after the run)"));
                return;
            }
            String defect = chain.isEmpty() ? "records no server certificate"
                    : chainDefect(c.path("chain"), chain, host);
            if (defect != null) {
                problems.add(Problem.defect(EvidenceFiles.CONNECTIONS, line, defect));
                return;
            }
            if (axys && !trust.trusts(chain, Instant.parse(c.path("ts").asText(Instant.EPOCH.toString())))) {
                problems.add(Problem.defect(EvidenceFiles.CONNECTIONS, line, "the server certificate for " + host
                        + " does not lead to a certificate authority this verifier trusts, so the pack does not"
                        + " prove it spoke to Axys " + target.name() + " (a rehearsal against a private CA? give"
                        + " that CA with --trust-ca FILE)"));
            }
        });
        return count[0];
    }

    /** What is wrong with a recorded chain, or null: fields that differ from the DER, a host, a broken link. */
    private static String chainDefect(JsonNode recorded, List<X509Certificate> chain, String host) {
        for (int i = 0; i < chain.size(); i++) {
            ObjectNode fields = ((ObjectNode) recorded.path(i)).deepCopy();
            fields.remove("der");
            if (!fields.equals(ServerCertificates.describe(chain.get(i), MAPPER))) {
                return "certificate " + (i + 1) + " of the chain: its recorded fields differ from the certificate"
                        + " itself (edited after the run)";
            }
        }
        try {
            new DefaultHostnameVerifier().verify(host, chain.get(0));
        } catch (SSLException e) {
            return "the server certificate does not name " + host + " (replaced after the run)";
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            try {
                chain.get(i).verify(chain.get(i + 1).getPublicKey());
            } catch (GeneralSecurityException e) {
                return "certificate " + (i + 1) + " of the chain is not signed by certificate " + (i + 2)
                        + " (the chain was assembled after the run)";
            }
        }
        return null;
    }

    private static List<X509Certificate> chain(JsonNode entries) throws GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> chain = new ArrayList<>();
        for (JsonNode entry : entries) {
            byte[] der = Base64.getDecoder().decode(entry.path("der").asText(""));
            chain.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
        }
        return chain;
    }

    private static String origin(URI uri) {
        return "https://" + authority(AxysHost.normalize(uri.getHost()), uri.getPort());
    }

    /** The origin of a recorded URL; its path may hold redaction markers, which no URI parser accepts. */
    private static String originOrNull(String url) {
        if (!url.regionMatches(true, 0, "https://", 0, 8)) {
            return null;
        }
        int end = url.indexOf('/', 8);
        try {
            URI uri = URI.create("https://" + (end < 0 ? url.substring(8) : url.substring(8, end)));
            return uri.getHost() == null ? null : origin(uri);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String authority(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + (port == -1 ? 443 : port);
    }

    /** Streams each JSON object line of {@code file} with its 1-based number; other lines are the chain check's. */
    private static void forEachLine(Path file, java.util.function.ObjLongConsumer<JsonNode> each) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                JsonNode node;
                try {
                    node = MAPPER.readTree(text);
                } catch (IOException e) {
                    continue;
                }
                if (node != null && node.isObject()) {
                    each.accept(node, line);
                }
            }
        } catch (IOException e) {
            throw CannotRead.of(file, e);
        }
    }
}
