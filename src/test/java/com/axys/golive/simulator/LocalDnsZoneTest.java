package com.axys.golive.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.PTRRecord;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** The simulator's calling-host zone asked as a name server is: real UDP on 127.0.0.1, dnsjava's SimpleResolver. */
final class LocalDnsZoneTest {

    private static final String DOMAIN = "pay.example.test";
    private static final String IP = "127.0.0.1";

    private LocalDnsZone zone;
    private SimpleResolver resolver;

    @BeforeEach
    void start() {
        zone = LocalDnsZone.start();
        resolver = new SimpleResolver(new InetSocketAddress(InetAddress.getLoopbackAddress(), zone.port()));
        resolver.setTimeout(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        zone.close();
    }

    @Test
    void answersTheARecordsOfADomainItHolds() throws Exception {
        zone.serve(Map.of(DOMAIN, List.of(IP, "203.0.113.7")), Map.of());

        Message answer = ask(Name.fromString(DOMAIN + "."), Type.A);

        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answer.getSection(Section.ANSWER)).map(r -> ((ARecord) r).getAddress().getHostAddress())
                .containsExactlyInAnyOrder(IP, "203.0.113.7");
    }

    @Test
    void answersThePtrOfAnIpItHolds() throws Exception {
        zone.serve(Map.of(), Map.of(IP, DOMAIN));

        Message answer = ask(ReverseMap.fromAddress(IP), Type.PTR);

        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answer.getSection(Section.ANSWER)).map(r -> ((PTRRecord) r).getTarget().toString())
                .containsExactly(DOMAIN + ".");
    }

    @Test
    void answersNxdomainForANameItDoesNotHold() throws Exception {
        zone.serve(Map.of(DOMAIN, List.of(IP)), Map.of());

        assertThat(ask(Name.fromString("other.example.test."), Type.A).getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(ask(ReverseMap.fromAddress("203.0.113.9"), Type.PTR).getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void answersServfailToEverythingWhileFailingAndAnswersAgainOnceServed() throws Exception {
        zone.serve(Map.of(DOMAIN, List.of(IP)), Map.of(IP, DOMAIN));
        zone.failing(true);

        assertThat(ask(Name.fromString(DOMAIN + "."), Type.A).getRcode()).isEqualTo(Rcode.SERVFAIL);
        assertThat(ask(ReverseMap.fromAddress(IP), Type.PTR).getRcode()).isEqualTo(Rcode.SERVFAIL);

        zone.serve(Map.of(DOMAIN, List.of(IP)), Map.of());
        assertThat(ask(Name.fromString(DOMAIN + "."), Type.A).getRcode()).isEqualTo(Rcode.NOERROR);
    }

    @Test
    void refusesAZoneThatIsNotIpv4() {
        assertThatThrownBy(() -> zone.serve(Map.of(DOMAIN, List.of("not-an-ip")), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-an-ip");
        assertThatThrownBy(() -> zone.serve(Map.of(), Map.of("2001:db8::1", DOMAIN)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Message ask(Name name, int type) throws Exception {
        return resolver.send(Message.newQuery(Record.newRecord(name, type, DClass.IN)));
    }
}
