package com.axys.golive.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

final class PreflightTableTest {

    @Test
    void printsOneAlignedRowPerCheckWithTheFixIndentedBelowThenCommandsAndVerdict() {
        PreflightReport report = new PreflightReport("staging", List.of(
                new CheckResult("validity", List.of("P2.CERT.03"), CheckStatus.WARN, "12 days left", "rotate now",
                        List.of("P2.CERT.06: note the expiry"), List.of("openssl x509 -noout -dates -in a.crt")),
                new CheckResult("FCrDNS", List.of("P2.NET.03", "P2.NET.04", "P2.NET.05"), CheckStatus.PASS,
                        "agree", "", List.of(), List.of("dig +short pay.example.com"))));
        StringWriter text = new StringWriter();

        PreflightTable.print(report, new PrintWriter(text));

        assertThat(text.toString().lines().toList()).containsExactly(
                "CHECK     CHECKLIST        RESULT  DETAIL",
                "validity  P2.CERT.03       WARN    12 days left",
                "                                   fix: rotate now",
                "                                   P2.CERT.06: note the expiry",
                "FCrDNS    P2.NET.03/04/05  PASS    agree",
                "",
                "To check by hand:",
                "  openssl x509 -noout -dates -in a.crt",
                "  dig +short pay.example.com",
                "",
                "Preflight PASSED: 1 of 2 checks passed; 1 warning, 0 skipped");
    }

    @Test
    void writesIdsOfOnePrefixOnce() {
        assertThat(PreflightTable.ids(List.of("P2.NET.06", "P3.01"))).isEqualTo("P2.NET.06, P3.01");
        assertThat(PreflightTable.ids(List.of("P2.CERT.02", "P2.CERT.03"))).isEqualTo("P2.CERT.02/03");
    }
}
