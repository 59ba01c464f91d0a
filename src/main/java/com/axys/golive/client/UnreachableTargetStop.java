package com.axys.golive.client;

import com.axys.golive.HarnessException;
import com.axys.golive.HarnessException.Category;
import com.axys.golive.evidence.ErrorClass;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stops the run at the first connectivity failure of a run that has never reached its target: connection refused,
 * no route, DNS, connect timeout or the TLS handshake refused, before any HTTP answer arrived. Every later call would
 * fail the same way, so the gate is closed with one line naming the target, the cause and the fix (the command exits
 * 3), instead of every scenario failing on its own. Once the target has answered once, a failure is a blip for the
 * scenario to handle, not a reason to stop. It wraps the capture filter, so the failed call is in the evidence.
 */
public final class UnreachableTargetStop implements OrderedFilter {

    private static final Set<ErrorClass> NEVER_CONNECTED = Set.of(ErrorClass.UNREACHABLE, ErrorClass.DNS,
            ErrorClass.CONNECT_TIMEOUT, ErrorClass.TLS_REFUSED);

    private final URI target;
    private final CallGate gate;
    private final AtomicBoolean answered = new AtomicBoolean();

    public UnreachableTargetStop(URI target, CallGate gate) {
        this.target = target;
        this.gate = gate;
    }

    @Override
    public int getOrder() {
        return Integer.MAX_VALUE - 4; // just outside CaptureFilter: the capture records the failure first
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        try {
            Response response = ctx.next(request, responseSpec);
            answered.set(true);
            return response;
        } catch (Throwable e) { // precise rethrow: REST Assured throws checked IOExceptions sneakily
            ErrorClass cause = ErrorClass.ofFailure(e.getClass().getName() + ": " + e.getMessage());
            if (!answered.get() && NEVER_CONNECTED.contains(cause)) {
                gate.close(new HarnessException(Category.CONNECTIVITY, "the target " + target + " could not be"
                        + " reached (" + cause.label() + ", " + e.getClass().getSimpleName() + " on the run's first"
                        + " call, " + request.getMethod() + " " + URI.create(request.getURI()).getRawPath()
                        + "); no scenario can pass there: " + cause.action()));
            }
            throw e;
        }
    }
}
