package com.axys.golive.verification;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.evidence.ManifestSignature;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the auditor demands of a pack's signature. A signature alone proves only that whoever holds some key vouched
 * for the manifest: anyone can strip it, or re-sign a rewritten pack with a key of their own under the same subject.
 * So the auditor can {@linkplain #required() require} one, and pin the signers they accept by the SHA-256
 * fingerprint of their certificate, learnt out of band (the same form {@code openssl x509 -fingerprint -sha256}
 * prints). A pinned signer implies a required signature.
 *
 * @param required whether an unsigned pack fails
 * @param pinned   fingerprints as 64 upper-case hex digits without separators; empty accepts any valid signer
 */
public record SignerPolicy(boolean required, Set<String> pinned) {

    public SignerPolicy {
        pinned = Set.copyOf(pinned);
        required = required || !pinned.isEmpty();
    }

    /** Any valid signature, or none: what verify does unless told otherwise. */
    public static SignerPolicy none() {
        return new SignerPolicy(false, Set.of());
    }

    /**
     * @param fingerprints as given on the command line: {@code AB:CD:…}, lower case, without colons, or prefixed
     *                     {@code sha256:} or {@code SHA256 Fingerprint=}
     * @throws HarnessException (usage) for a value that is not a SHA-256 fingerprint
     */
    public static SignerPolicy of(boolean required, List<String> fingerprints) {
        Set<String> pinned = new LinkedHashSet<>();
        fingerprints.forEach(f -> pinned.add(normalize(f)));
        return new SignerPolicy(required, pinned);
    }

    static String normalize(String given) {
        String hex = given.strip().replaceFirst("(?i)^(sha-?256( fingerprint)?[:=]\\s*)", "")
                .replaceAll("[:\\s]", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new HarnessException(Category.USAGE, "--signer '" + abbreviate(given) + "' is not a SHA-256"
                    + " certificate fingerprint; give the 64 hex digits 'openssl x509 -in signer.pem -noout"
                    + " -fingerprint -sha256' prints, or the signer's certificate file");
        }
        return hex;
    }

    /** The findings of the signature check under this policy: a note for an accepted signer, else a defect. */
    List<Problem> check(Optional<ManifestSignature.Check> signature) {
        if (signature.isEmpty()) {
            return required ? List.of(Problem.defect(ManifestSignature.SIGNATURE, "is missing, but a signed pack was"
                    + " required (--require-signature" + (pinned.isEmpty() ? "" : ", --signer") + "): the pack is"
                    + " unsigned or its signature was stripped; ask the sender for the pack they signed"))
                    : List.of();
        }
        ManifestSignature.Check sig = signature.get();
        if (!sig.valid()) {
            return List.of(Problem.defect(ManifestSignature.SIGNATURE, sig.detail()));
        }
        if (pinned.isEmpty()) {
            return List.of(Problem.note(ManifestSignature.SIGNATURE, 0, sig.detail() + "; no signer pinned: compare"
                    + " that fingerprint with the one the Program gave you, or pass it as --signer"));
        }
        if (!pinned.contains(sig.signerFingerprint().replace(":", ""))) {
            return List.of(Problem.defect(ManifestSignature.SIGNATURE, sig.detail() + ", which is not a pinned"
                    + " signer (--signer): the pack was re-signed by another key, whatever its subject; ask the"
                    + " Program which key signed it"));
        }
        return List.of(Problem.note(ManifestSignature.SIGNATURE, 0, sig.detail() + ", a pinned signer"));
    }

    private static String abbreviate(String given) {
        String clean = given.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
