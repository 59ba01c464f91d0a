package com.axys.golive.client;

import com.axys.golive.capture.CaptureFilter;
import com.axys.golive.secrets.Secret;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HeaderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.config.SSLConfig;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import org.apache.http.conn.ssl.SSLSocketFactory;

/**
 * The one REST Assured setup every call goes through: the base URL, mTLS with the Program's certificate (our own
 * SSLContext; REST Assured's keyStore(KeyStore) is broken), the X-API-Key header, connect/read timeouts, one reused
 * HTTP client (a TLS handshake per call would triple the cost), the production guard first (per request, and at the
 * handshake), the polite rate limit, and the capture filter last.
 */
public final class AxysClient {

    /** Marks a request that must go out without the X-API-Key header (removed by a filter before sending). */
    static final String OMIT_API_KEY_HEADER = "X-Golive-Omit-Api-Key";

    private final RequestSpecification spec;
    private final UnaryOperator<RequestSpecification> decorate;
    private final Retries retries;

    private AxysClient(RequestSpecification spec, UnaryOperator<RequestSpecification> decorate, Retries retries) {
        this.spec = spec;
        this.decorate = decorate;
        this.retries = retries;
    }

    public AxysClient(URI baseUrl, SSLContext sslContext, Secret apiKey, Duration connectTimeout,
                      Duration readTimeout, double maxCallsPerSecond, Retries retries, List<Filter> extraFilters,
                      CaptureFilter capture, ProductionRequestGuard guard,
                      org.apache.http.conn.ssl.X509HostnameVerifier hostnames) {
        @SuppressWarnings("deprecation")
        SSLSocketFactory sockets = new SSLSocketFactory(sslContext, hostnames);
        RestAssuredConfig config = RestAssuredConfig.config()
                .sslConfig(SSLConfig.sslConfig().sslSocketFactory(sockets))
                .httpClient(HttpClientConfig.httpClientConfig().reuseHttpClientInstance()
                        // Apache HttpClient would resend an idempotent request up to 3 times on a reset, below the
                        // filters, so no capture would see it: its retries are off, Retries repeats reads in sight.
                        .httpClientFactory(AxysClient::withoutOwnRetries)
                        .setParam("http.connection.timeout", (int) connectTimeout.toMillis())
                        .setParam("http.socket.timeout", (int) readTimeout.toMillis()))
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false))
                // The list replaces REST Assured's default (Content-Type, Accept): leaving those out made every
                // internal re-set of Content-Type an extra header line, eight identical ones per POST on the wire.
                .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("X-API-Key", "Content-Type",
                        "Accept"))
                // A redirect would be followed below the filters (the production guard, the capture): never.
                .redirect(RedirectConfig.redirectConfig().followRedirects(false));
        List<Filter> filters = new ArrayList<>();
        filters.add(guard);
        filters.add(new PoliteRateFilter(maxCallsPerSecond));
        filters.addAll(extraFilters);
        filters.add(new CorrelationIdFilter());
        filters.add(new OmitApiKeyFilter());
        filters.add(capture);
        int port = baseUrl.getPort() == -1 ? 443 : baseUrl.getPort();
        this.spec = new RequestSpecBuilder()
                .setBaseUri(baseUrl.getScheme() + "://" + baseUrl.getHost())
                .setPort(port)
                .setBasePath(baseUrl.getPath() == null ? "" : baseUrl.getPath())
                .setConfig(config)
                .setAccept(ContentType.JSON)
                .addHeader("X-API-Key", apiKey.asString())
                .addFilters(filters)
                .setUrlEncodingEnabled(true)
                .build();
        this.decorate = UnaryOperator.identity();
        this.retries = retries;
    }

    @SuppressWarnings("deprecation")
    private static org.apache.http.impl.client.AbstractHttpClient withoutOwnRetries() {
        org.apache.http.impl.client.DefaultHttpClient client = new org.apache.http.impl.client.DefaultHttpClient();
        client.setHttpRequestRetryHandler(new org.apache.http.impl.client.DefaultHttpRequestRetryHandler(0, false));
        return client;
    }

    /** How reads are repeated after a rate limit or a server error (writes never are). */
    public Retries retries() {
        return retries;
    }

    /** A fresh request on the shared setup. */
    public RequestSpecification request() {
        return decorate.apply(RestAssured.given().spec(spec));
    }

    /** This client, sending requests that deliberately break the contract (not validated; marked in evidence). */
    public AxysClient negative() {
        return then(r -> r.header(CaptureFilter.NEGATIVE_TEST_HEADER, "true"));
    }

    /** This client, sending no X-API-Key at all (the certificate is still presented). */
    public AxysClient withoutApiKey() {
        return then(r -> r.header(OMIT_API_KEY_HEADER, "true"));
    }

    /**
     * This client, without the polite pacing between calls: for the one bounded burst that provokes a rate limit on
     * purpose. Retries still wait what {@code Retry-After} asks.
     */
    public AxysClient unpaced() {
        return then(r -> r.header(PoliteRateFilter.UNPACED_HEADER, "true"));
    }

    /** This client, sending {@code apiKey} instead of the configured key. */
    public AxysClient withApiKey(String apiKey) {
        return then(r -> r.header("X-API-Key", apiKey));
    }

    private AxysClient then(UnaryOperator<RequestSpecification> more) {
        return new AxysClient(spec, r -> more.apply(decorate.apply(r)), retries);
    }

    public CardholdersApi cardholders() {
        return new CardholdersApi(this);
    }

    public CardsApi cards() {
        return new CardsApi(this);
    }

    public WalletsApi wallets() {
        return new WalletsApi(this);
    }

    public OtpApi otp() {
        return new OtpApi(this);
    }

    public SupportApi support() {
        return new SupportApi(this);
    }

    public StagingApi staging() {
        return new StagingApi(this);
    }
}
