package com.axys.golive.preflight;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;

/**
 * Test fixture: a small DNS server in memory behind dnsjava's {@link Resolver} interface. It answers A and PTR
 * questions from its zone with real DNS messages (built as records, sent through the wire format and parsed back),
 * NXDOMAIN for names it does not know, and can be told to stay silent (a timeout) or fail (SERVFAIL) for a name.
 */
public final class InMemoryDns implements Resolver {

    private final Map<String, List<String>> addresses = new HashMap<>();
    private final Map<String, List<String>> pointers = new HashMap<>();
    private final Set<String> silent = new HashSet<>();
    private final Set<String> failing = new HashSet<>();
    private final List<String> questions = new CopyOnWriteArrayList<>();

    /** {@code domain} has an A record for each of {@code ips}. */
    public InMemoryDns a(String domain, String... ips) {
        addresses.computeIfAbsent(key(domain), k -> new ArrayList<>()).addAll(List.of(ips));
        return this;
    }

    /** {@code ip} has a PTR record to each of {@code names}. */
    public InMemoryDns ptr(String ip, String... names) {
        pointers.computeIfAbsent(key(reverse(ip)), k -> new ArrayList<>()).addAll(List.of(names));
        return this;
    }

    /** Questions about {@code nameOrIp} are never answered. */
    public InMemoryDns silentFor(String nameOrIp) {
        silent.add(key(isIp(nameOrIp) ? reverse(nameOrIp) : nameOrIp));
        return this;
    }

    /** Questions about {@code nameOrIp} are answered SERVFAIL. */
    public InMemoryDns failingFor(String nameOrIp) {
        failing.add(key(isIp(nameOrIp) ? reverse(nameOrIp) : nameOrIp));
        return this;
    }

    /** Every question asked so far, as {@code TYPE name}. */
    public List<String> questions() {
        return List.copyOf(questions);
    }

    @Override
    public CompletionStage<Message> sendAsync(Message query, Executor executor) {
        Record question = query.getQuestion();
        String name = key(question.getName().toString());
        questions.add(Type.string(question.getType()) + " " + name);
        if (silent.contains(name)) {
            return new CompletableFuture<>();
        }
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.RD);
        response.getHeader().setFlag(Flags.RA);
        response.addRecord(question, Section.QUESTION);
        if (failing.contains(name)) {
            response.getHeader().setRcode(Rcode.SERVFAIL);
        } else if (!addresses.containsKey(name) && !pointers.containsKey(name)) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        } else if (question.getType() == Type.A) {
            addresses.getOrDefault(name, List.of()).forEach(ip -> response.addRecord(
                    new ARecord(question.getName(), DClass.IN, 300, address(ip)), Section.ANSWER));
        } else if (question.getType() == Type.PTR) {
            pointers.getOrDefault(name, List.of()).forEach(target -> response.addRecord(
                    new PTRRecord(question.getName(), DClass.IN, 300, name(target)), Section.ANSWER));
        }
        try {
            return CompletableFuture.completedFuture(new Message(response.toWire()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower : lower + ".";
    }

    private static boolean isIp(String text) {
        return text.matches("[0-9.]+");
    }

    private static String reverse(String ip) {
        try {
            return ReverseMap.fromAddress(ip).toString();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByAddress(Address.toByteArray(ip, Address.IPv4));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    private static Name name(String host) {
        return Name.fromConstantString(key(host));
    }

    @Override
    public void setPort(int port) { }

    @Override
    public void setTCP(boolean flag) { }

    @Override
    public void setIgnoreTruncation(boolean flag) { }

    @Override
    public void setEDNS(int version, int payloadSize, int flags, List<EDNSOption> options) { }

    @Override
    public void setTSIGKey(TSIG key) { }

    @Override
    public void setTimeout(Duration timeout) { }
}
