package com.axys.golive.preflight;

import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.List;
import java.util.Objects;

/**
 * The certificate's key is what Axys issues: RSA-2048. A larger RSA key or an EC/EdDSA key is a WARN (not what
 * Axys signs from a CSR, may be refused); an RSA key under 2048 bits is a FAIL.
 */
final class KeyTypeCheck implements PreflightCheck {

    static final int AXYS_RSA_BITS = 2048;
    private static final String NEW_CSR = "generate an RSA-2048 key and a new CSR (openssl req -new -newkey rsa:2048"
            + " -nodes -keyout program.key -out program.csr -subj '/O=<tenant>/OU=<program>/CN=<calling domain>')"
            + " and submit it via Account Management";

    private final ClientMaterial material;

    KeyTypeCheck(ClientMaterial material) {
        this.material = Objects.requireNonNull(material, "material");
    }

    @Override
    public String name() {
        return "key type and size";
    }

    @Override
    public List<String> checklistIds() {
        return List.of("P2.CERT.02");
    }

    @Override
    public CheckResult run(List<CheckResult> earlier) {
        if (material.leaf().isEmpty()) {
            return CheckResult.skip(this, "no certificate to check (see 'certificate loads')");
        }
        PublicKey key = material.leaf().get().getPublicKey();
        if (key instanceof RSAKey rsa) {
            int bits = rsa.getModulus().bitLength();
            if (bits == AXYS_RSA_BITS) {
                return CheckResult.pass(this, "RSA " + bits + " bits, as Axys issues");
            }
            if (bits < AXYS_RSA_BITS) {
                return CheckResult.fail(this, "RSA " + bits + " bits is too weak: Axys issues RSA-2048", NEW_CSR);
            }
            return CheckResult.warn(this, "RSA " + bits + " bits: Axys issues RSA-2048 and may refuse another size",
                    "if Axys signed it, keep it; for the next rotation " + NEW_CSR);
        }
        String kind = key instanceof ECKey ec ? "EC " + ec.getParams().getCurve().getField().getFieldSize() + " bits"
                : key.getAlgorithm();
        return CheckResult.warn(this, kind + ": Axys issues RSA-2048 certificates, not " + key.getAlgorithm(),
                "confirm with Axys that this key type is accepted, or " + NEW_CSR);
    }
}
