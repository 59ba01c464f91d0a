package com.axys.golive.preflight;

import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A and PTR lookups sent straight to DNS with dnsjava, as Axys's WAF sees the records: no hosts file, no JVM cache.
 * Every question of one call is sent at once and all share one deadline, so a machine without DNS gives up after
 * {@code timeout}, not after a timeout per name.
 */
final class DnsLookups {

    /** How long one round of lookups may take before the rest count as unanswered. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final Resolver resolver;
    private final Duration timeout;

    DnsLookups(Resolver resolver, Duration timeout) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("DNS timeout must be positive, was " + timeout);
        }
    }

    /** The name servers of this machine's configuration ({@code /etc/resolv.conf} or the OS's). */
    static Resolver systemResolver(Duration timeout) {
        ExtendedResolver resolver = new ExtendedResolver();
        resolver.setTimeout(timeout);
        return resolver;
    }

    /** The A records of {@code domains} and the PTR records of {@code ips}, asked all at once. */
    Answers lookUp(Collection<String> domains, Collection<String> ips) {
        Map<String, Pending> forward = new LinkedHashMap<>();
        domains.forEach(domain -> forward.put(domain, send(domain, "A")));
        Map<String, Pending> reverse = new LinkedHashMap<>();
        ips.forEach(ip -> reverse.put(ip, send(ip, "PTR")));
        long deadline = System.nanoTime() + timeout.toNanos();
        return new Answers(collect(forward, deadline), collect(reverse, deadline));
    }

    /** Answers by question: A by domain, PTR by IP, in the order asked. */
    record Answers(Map<String, DnsAnswer> addresses, Map<String, DnsAnswer> pointers) {
        Answers {
            addresses = Map.copyOf(addresses);
            pointers = Map.copyOf(pointers);
        }
    }

    /** A question on its way: the future of the answer, or the answer already known (a name DNS cannot carry). */
    private record Pending(String question, String type, CompletableFuture<Message> answer, DnsAnswer known) { }

    private Pending send(String question, String type) {
        Name name;
        try {
            name = type.equals("A") ? Name.fromString(question.endsWith(".") ? question : question + ".")
                    : ReverseMap.fromAddress(question);
        } catch (TextParseException | UnknownHostException invalid) {
            return new Pending(question, type, null, DnsAnswer.inconclusive(question, type,
                    DnsAnswer.Outcome.FAILED, "nothing: '" + question + "' is not a valid "
                            + (type.equals("A") ? "DNS name" : "IP address")));
        }
        Message query = Message.newQuery(Record.newRecord(name, type.equals("A") ? Type.A : Type.PTR, DClass.IN));
        try {
            return new Pending(question, type, resolver.sendAsync(query).toCompletableFuture(), null);
        } catch (RuntimeException cannotSend) {
            return new Pending(question, type, null, DnsAnswer.inconclusive(question, type,
                    DnsAnswer.Outcome.UNREACHABLE, cannotSend.getClass().getSimpleName()));
        }
    }

    private Map<String, DnsAnswer> collect(Map<String, Pending> pending, long deadline) {
        Map<String, DnsAnswer> answers = new LinkedHashMap<>();
        pending.forEach((question, p) -> answers.put(question, p.known() != null ? p.known() : await(p, deadline)));
        return answers;
    }

    private DnsAnswer await(Pending p, long deadline) {
        try {
            Message response = p.answer().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return read(p, response);
        } catch (TimeoutException late) {
            p.answer().cancel(true);
            return timedOut(p);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return timedOut(p);
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            boolean timeout = cause instanceof SocketTimeoutException
                    || String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("timed out");
            return timeout ? timedOut(p) : DnsAnswer.inconclusive(p.question(), p.type(),
                    DnsAnswer.Outcome.UNREACHABLE, cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        }
    }

    private DnsAnswer timedOut(Pending p) {
        return DnsAnswer.inconclusive(p.question(), p.type(), DnsAnswer.Outcome.TIMED_OUT, seconds(timeout));
    }

    private static DnsAnswer read(Pending p, Message response) {
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return DnsAnswer.nxdomain(p.question(), p.type());
        }
        if (rcode != Rcode.NOERROR) {
            return DnsAnswer.inconclusive(p.question(), p.type(), DnsAnswer.Outcome.FAILED, Rcode.string(rcode));
        }
        List<String> values = new ArrayList<>();
        for (Record record : response.getSection(Section.ANSWER)) {
            if (record instanceof ARecord a && p.type().equals("A")) {
                values.add(a.getAddress().getHostAddress());
            } else if (record instanceof PTRRecord ptr && p.type().equals("PTR")) {
                values.add(CertificateSubject.normalise(ptr.getTarget().toString()));
            }
        }
        return DnsAnswer.found(p.question(), p.type(), values.stream().distinct().toList());
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    /** For tests and messages: how this instance resolves. */
    @Override
    public String toString() {
        return "DnsLookups[" + resolver + ", timeout " + seconds(timeout) + "]";
    }
}
