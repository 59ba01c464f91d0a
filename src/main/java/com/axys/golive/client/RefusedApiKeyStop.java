package com.axys.golive.client;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.secrets.Secret;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * Stops the run when the target refuses the run's own API key: a 401 to a request that carried the configured
 * {@code X-API-Key}, before the target has ever accepted a call (no 2xx yet), means a wrong or missing key for this
 * environment, and every later call would fail the same way (or poll a 401 until its deadline). The gate is closed
 * with one message naming the cause and the fix; the call that met it fails with that message.
 *
 * <p>The deliberate negatives ({@link AxysClient#withApiKey}, {@link AxysClient#withoutApiKey}) send another key or
 * none, so their 401s never trip it. It runs after the header is removed for those and before the capture filter
 * hands the response back, so the refused call is in the evidence.
 */
public final class RefusedApiKeyStop implements OrderedFilter {

    private final byte[] runKey;
    private final CallGate gate;
    private final UnaryOperator<String> redact;
    private final AtomicBoolean accepted = new AtomicBoolean();

    /** @param redact the run's free-text redaction, applied to the path in the message (an OTP path holds a token) */
    public RefusedApiKeyStop(Secret runKey, CallGate gate, UnaryOperator<String> redact) {
        this.runKey = runKey.asString().getBytes(StandardCharsets.UTF_8);
        this.gate = gate;
        this.redact = redact;
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE - 5; // after OmitApiKeyFilter, before CaptureFilter
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        boolean ownKey = sendsRunKey(request);
        Response response = ctx.next(request, responseSpec);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            accepted.set(true);
        } else if (status == 401 && ownKey && !accepted.get()) {
            String call = request.getMethod() + " " + redact.apply(URI.create(request.getURI()).getRawPath());
            throw gate.close(new HarnessException(Category.CONNECTIVITY, "the target refused the API key (401 on "
                    + call + "); check --api-key / AXYS_API_KEY is the key of this environment"));
        }
        return response;
    }

    private boolean sendsRunKey(FilterableRequestSpecification request) {
        String sent = request.getHeaders().getValue("X-API-Key");
        return sent != null && MessageDigest.isEqual(runKey, sent.getBytes(StandardCharsets.UTF_8));
    }
}
