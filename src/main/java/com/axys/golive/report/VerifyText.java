package com.axys.golive.report;

import com.axys.golive.evidence.EvidenceFiles;
import java.util.List;

/** "How to verify this pack": the same words on the Markdown and the HTML page. */
final class VerifyText {

    static final String COMMAND = "golive evidence verify <this folder or its zip>";
    static final String SHA256SUM = "sha256sum " + EvidenceFiles.CALLS;

    static final List<String> STEPS = List.of(
            "Run `" + COMMAND + "`. It works offline and checks that " + EvidenceFiles.MANIFEST + " lists every file"
                    + " of the pack with its size and SHA-256 and that each file still matches; that every JSONL"
                    + " stream's hash chain is unbroken (each record carries the SHA-256 of the line before it,"
                    + " starting from a value derived from the run id and the file name, so a changed, removed,"
                    + " inserted or reordered line is detected); that each chain's head and line count match the"
                    + " manifest; and that the run completed (complete: true).",
            "Every file's SHA-256 is listed in " + EvidenceFiles.MANIFEST + ", these reports included. Any single"
                    + " file can be checked by hand: `" + SHA256SUM + "` must print the sha256 the manifest lists"
                    + " for it.",
            "What this proves: the pack is as the harness wrote it at the end of the run; nothing in it was altered,"
                    + " added or removed afterwards. If the pack was signed (golive evidence pack --sign-cert --sign-key),"
                    + " manifest.json.sig and manifest.signer.pem prove who vouched for it: `openssl x509 -in"
                    + " manifest.signer.pem -pubkey -noout > signer.pub` then `openssl dgst -sha256 -verify signer.pub"
                    + " -signature manifest.json.sig manifest.json`. Unsigned, keep the manifest's SHA-256 (or the"
                    + " zip's) with your submission so that the pack you sent can be told from any other.",
            "Every record was redacted as it was captured (API key, PAN, CVV, PIN, OTP codes never reach the pack);"
                    + " `golive evidence scan` re-checks the pack for leaks.");

    private VerifyText() {
    }
}
