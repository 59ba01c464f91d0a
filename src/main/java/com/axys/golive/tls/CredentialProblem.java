package com.axys.golive.tls;

import com.axys.golive.HarnessException.Category;

/** Each way client credentials can be unusable, and the CLI category it maps to. */
public enum CredentialProblem {
    /** The file has no PEM block, or a block's base64/DER is damaged. */
    NOT_PEM(Category.USAGE),
    /** The file is not a PKCS#12 keystore. */
    NOT_PKCS12(Category.USAGE),
    /** The certificate file (or bundle) holds no certificate. */
    NO_CERTIFICATE(Category.USAGE),
    /** The key file (or keystore) holds no private key. */
    NO_PRIVATE_KEY(Category.USAGE),
    /** The key is of a kind the JDK cannot use for TLS. */
    UNSUPPORTED_KEY(Category.USAGE),
    /** The key is encrypted and no passphrase was given. */
    PASSPHRASE_MISSING(Category.USAGE),
    /** The key or keystore did not decrypt with the passphrase given. */
    WRONG_PASSPHRASE(Category.CONNECTIVITY),
    /** The private key belongs to another certificate. */
    KEY_MISMATCH(Category.CONNECTIVITY),
    /** The certificate's notAfter has passed. */
    EXPIRED(Category.CONNECTIVITY),
    /** The certificate's notBefore is still ahead. */
    NOT_YET_VALID(Category.CONNECTIVITY);

    private final Category category;

    CredentialProblem(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
