package com.axys.golive.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.Address;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * The simulated Internet's DNS for the calling host: a tiny UDP name server on 127.0.0.1 (any free port) answering
 * A and PTR questions from its zone with real dnsjava messages, NXDOMAIN for names it does not hold, SERVFAIL for
 * everything while {@link #failing(boolean)} is on. The harness resolves through it exactly as it would through a
 * real name server, so a 403 diagnosis is proven on the wire without the network.
 */
public final class LocalDnsZone implements AutoCloseable {

    private final DatagramSocket socket;
    private final Map<String, List<String>> records = new ConcurrentHashMap<>();
    private volatile boolean failing;

    private LocalDnsZone(DatagramSocket socket) {
        this.socket = socket;
    }

    public static LocalDnsZone start() {
        try {
            LocalDnsZone zone = new LocalDnsZone(new DatagramSocket(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
            Thread thread = new Thread(zone::listen, "simulator-dns");
            thread.setDaemon(true);
            thread.start();
            return zone;
        } catch (SocketException e) {
            throw new UncheckedIOException("simulator DNS: cannot bind a UDP port on 127.0.0.1", e);
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /**
     * Replaces the zone and answers again: {@code domain} has A records {@code ips}; {@code ip}'s PTR names
     * {@code host}. Empty maps leave a zone that answers NXDOMAIN to everything.
     */
    public void serve(Map<String, List<String>> addresses, Map<String, String> pointers) {
        Map<String, List<String>> zone = new HashMap<>();
        addresses.forEach((domain, ips) -> {
            ips.forEach(LocalDnsZone::address);
            zone.put("A " + key(domain), List.copyOf(ips));
        });
        pointers.forEach((ip, host) -> {
            Name.fromConstantString(key(host));
            zone.put("PTR " + key(reverse(ip)), List.of(key(host)));
        });
        synchronized (records) {
            records.clear();
            records.putAll(zone);
        }
        failing = false;
    }

    /** While on, every question is answered SERVFAIL (a name server that cannot answer). */
    public void failing(boolean on) {
        failing = on;
    }

    private void listen() {
        byte[] buffer = new byte[512];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                byte[] answer = answer(new Message(Arrays.copyOf(packet.getData(), packet.getLength())));
                socket.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
            } catch (IOException | RuntimeException e) {
                if (socket.isClosed()) {
                    return;
                }
            }
        }
    }

    private byte[] answer(Message query) {
        Record question = query.getQuestion();
        Message response = new Message(query.getHeader().getID());
        response.getHeader().setFlag(Flags.QR);
        response.getHeader().setFlag(Flags.AA);
        if (query.getHeader().getFlag(Flags.RD)) {
            response.getHeader().setFlag(Flags.RD);
        }
        if (question == null) {
            response.getHeader().setRcode(Rcode.FORMERR);
            return response.toWire();
        }
        response.addRecord(question, Section.QUESTION);
        String name = key(question.getName().toString());
        List<String> values;
        boolean known;
        synchronized (records) {
            values = records.get(Type.string(question.getType()) + " " + name);
            known = records.containsKey("A " + name) || records.containsKey("PTR " + name);
        }
        if (failing) {
            response.getHeader().setRcode(Rcode.SERVFAIL);
        } else if (!known) {
            response.getHeader().setRcode(Rcode.NXDOMAIN);
        } else if (values != null) {
            for (String value : values) {
                response.addRecord(question.getType() == Type.A
                        ? new ARecord(question.getName(), DClass.IN, 60, address(value))
                        : new PTRRecord(question.getName(), DClass.IN, 60, Name.fromConstantString(key(value))),
                        Section.ANSWER);
            }
        }
        return response.toWire();
    }

    private static String key(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower : lower + ".";
    }

    private static String reverse(String ip) {
        if (!Address.isDottedQuad(ip)) {
            throw new IllegalArgumentException("simulator DNS: '" + ip + "' is not an IPv4 address");
        }
        try {
            return ReverseMap.fromAddress(ip).toString();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("simulator DNS: '" + ip + "' is not an IPv4 address", e);
        }
    }

    private static InetAddress address(String ip) {
        byte[] bytes = Address.toByteArray(ip, Address.IPv4);
        if (bytes == null) {
            throw new IllegalArgumentException("simulator DNS: '" + ip + "' is not an IPv4 address");
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("simulator DNS: '" + ip + "' is not an IPv4 address", e);
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
