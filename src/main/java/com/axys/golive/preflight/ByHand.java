package com.axys.golive.preflight;

import java.util.regex.Pattern;

/**
 * The openssl commands of the runbook, written for the files the user gave, so a check's finding can be repeated
 * by hand. A reference that is not a file ({@code env:}, {@code exec:}) shows as a placeholder file name.
 */
final class ByHand {

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    private ByHand() { }

    /** Prints the client certificate as PEM on stdout, for piping into {@code openssl x509}. */
    static String certificateInto(ClientMaterial material, String x509Arguments) {
        return material.form() == ClientMaterial.Form.PKCS12
                ? "openssl pkcs12 -in " + file(material.certificateRef(), "program.p12")
                + " -nokeys -clcerts | openssl x509 " + x509Arguments
                : "openssl x509 " + x509Arguments + " -in " + file(material.certificateRef(), "program.crt");
    }

    static String keyModulus(ClientMaterial material) {
        return material.form() == ClientMaterial.Form.PKCS12
                ? "openssl pkcs12 -in " + file(material.keyRef(), "program.p12")
                + " -nocerts -nodes | openssl rsa -noout -modulus | md5sum"
                : "openssl rsa -noout -modulus -in " + file(material.keyRef(), "program.key") + " | md5sum";
    }

    static String certificateModulus(ClientMaterial material) {
        return certificateInto(material, "-noout -modulus") + " | md5sum";
    }

    private static String file(String ref, String placeholder) {
        String path = ref.regionMatches(true, 0, "file:", 0, 5) ? ref.substring(5) : placeholder;
        return SHELL_SAFE.matcher(path).matches() ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
