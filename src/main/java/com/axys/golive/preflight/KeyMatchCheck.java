package com.axys.golive.preflight;

import com.axys.golive.tls.ClientIdentity;
import com.axys.golive.tls.KeyCertificateMatch;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The private key belongs to the certificate (public keys compared by {@link KeyCertificateMatch}), shown the way
 * the runbook checks it: the MD5 of the modulus line, which {@code openssl x509 -noout -modulus | md5sum} and
 * {@code openssl rsa -noout -modulus | md5sum} both print for a matching pair.
 */
final class KeyMatchCheck implements PreflightCheck {

    private final ClientMaterial material;

    KeyMatchCheck(ClientMaterial material) {
        this.material = Objects.requireNonNull(material, "material");
    }

    @Override
    public String name() {
        return "key matches certificate";
    }

    @Override
    public List<String> checklistIds() {
        return List.of("P2.CERT.04");
    }

    @Override
    public CheckResult run(List<CheckResult> earlier) {
        if (material.leaf().isEmpty()) {
            return CheckResult.skip(this, "no certificate to compare the key with (see 'certificate loads')");
        }
        CheckResult result = material.identity().map(this::compare).orElseGet(() -> CheckResult.fail(this,
                material.keyProblem().orElse("the key could not be checked; check --key (or --p12) and its"
                        + " passphrase")));
        Optional<String> md5 = ModulusDigest.of(material.leaf().get().getPublicKey());
        if (md5.isEmpty()) {
            return result;
        }
        return result.withNotes(List.of("modulus MD5 " + md5.get() + (result.failed()
                        ? " is the certificate's; the right key's modulus gives the same"
                        : ", the same for certificate and key (what the two commands below print)")))
                .withCommands(List.of(ByHand.certificateModulus(material), ByHand.keyModulus(material)));
    }

    private CheckResult compare(ClientIdentity identity) {
        KeyCertificateMatch.Result match = KeyCertificateMatch.check(material.keyRef(), identity.privateKey(),
                identity.certificate());
        return match.matches() ? CheckResult.pass(this, match.message()) : CheckResult.fail(this, match.message());
    }
}
