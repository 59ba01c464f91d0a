package com.axys.golive.preflight;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * The names Axys reads from a client certificate: O (tenant legal entity), OU (Program trading name), CN (primary
 * calling domain) and the subjectAltName DNS names and IP addresses (every other calling domain or IP).
 */
record CertificateSubject(List<String> organisations, List<String> units, List<String> commonNames,
                          List<String> dnsNames, List<String> ipAddresses) {

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?i)(\\*|[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+\\.?");

    CertificateSubject {
        organisations = List.copyOf(organisations);
        units = List.copyOf(units);
        commonNames = List.copyOf(commonNames);
        dnsNames = List.copyOf(dnsNames);
        ipAddresses = List.copyOf(ipAddresses);
    }

    static CertificateSubject of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        List<String> dns = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        for (List<?> name : altNames(certificate)) {
            int type = (Integer) name.get(0);
            if (type == 2) {
                dns.add(String.valueOf(name.get(1)));
            } else if (type == 7) {
                ips.add(String.valueOf(name.get(1)));
            }
        }
        return new CertificateSubject(values(subject, BCStyle.O), values(subject, BCStyle.OU),
                values(subject, BCStyle.CN), dns, ips);
    }

    /** CN and SAN DNS names, lower case, without duplicates, CN first: the names Axys's WAF resolves. */
    List<String> domains() {
        Set<String> all = new LinkedHashSet<>();
        commonNames.stream().filter(CertificateSubject::isHostName).map(CertificateSubject::normalise)
                .forEach(all::add);
        dnsNames.stream().map(CertificateSubject::normalise).forEach(all::add);
        return List.copyOf(all);
    }

    /** The CN and SAN names holding a wildcard ({@code *}): Axys refuses them. */
    List<String> wildcards() {
        List<String> found = new ArrayList<>();
        commonNames.stream().filter(n -> n.contains("*")).map(n -> "CN " + n).forEach(found::add);
        dnsNames.stream().filter(n -> n.contains("*")).map(n -> "SAN DNS:" + n).forEach(found::add);
        return found;
    }

    static boolean isHostName(String name) {
        return HOST_NAME.matcher(name).matches();
    }

    static String normalise(String domain) {
        String lower = domain.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static List<String> values(X500Name name, ASN1ObjectIdentifier attribute) {
        return Arrays.stream(name.getRDNs(attribute))
                .map(rdn -> IETFUtils.valueToString(rdn.getFirst().getValue())).toList();
    }

    private static Collection<List<?>> altNames(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            return names == null ? List.of() : names;
        } catch (CertificateParsingException unreadable) {
            return List.of();
        }
    }
}
