package com.axys.golive.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every no-answer failure by its real cause, with the words the JDK and HttpClient 4 write (issue 9, item 4). */
final class ErrorClassTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "javax.net.ssl.SSLHandshakeException: Received fatal alert: bad_certificate|tls-refused",
        "javax.net.ssl.SSLHandshakeException: Remote host terminated the handshake|tls-refused",
        "java.net.SocketException: Connection reset during handshake|tls-refused",
        "org.apache.http.conn.HttpHostConnectException: Connect to 127.0.0.1:1 failed: Connection refused|unreachable",
        "java.net.NoRouteToHostException: No route to host|unreachable",
        "org.apache.http.conn.ConnectTimeoutException: Connect to 10.255.255.1:443 failed: connect timed out|connect-timeout",
        "java.net.UnknownHostException: staging.api.axyscards.example|dns",
        "java.net.SocketTimeoutException: Read timed out|read-timeout",
        "org.apache.http.NoHttpResponseException: 127.0.0.1:8443 failed to respond|closed-without-answer",
        "java.net.SocketException: Broken pipe|reset-before-sent",
        "java.net.SocketException: Connection reset by peer|reset-before-sent",
        "java.net.SocketException: Connection reset|reset-after-sent",
        "javax.net.ssl.SSLException: Connection reset|reset-after-sent",
    })
    void classifiesANoAnswerFailureByItsCause(String failure, String label) {
        assertThat(ErrorClass.ofFailure(failure).label()).isEqualTo(label);
    }

    @Test
    void aResetIsNotFiledWithACertificateAction() {
        assertThat(ErrorClass.ofFailure("java.net.SocketException: Connection reset").action(null))
                .doesNotContain("--cert").contains("reconcile");
    }

    @Test
    void aPageThatIsNotJsonIsAGatewaysAnswerWhateverItsStatus() {
        assertThat(ErrorClass.of(403, null, false)).isEqualTo(ErrorClass.GATEWAY_PAGE);
        assertThat(ErrorClass.of(502, null, false)).isEqualTo(ErrorClass.GATEWAY_PAGE);
        assertThat(ErrorClass.of(403, "Forbidden", true)).isEqualTo(ErrorClass.FORBIDDEN);
        assertThat(ErrorClass.of(403, "No Authorised IPs configured", true)).isEqualTo(ErrorClass.IP_OR_FCRDNS);
    }
}
