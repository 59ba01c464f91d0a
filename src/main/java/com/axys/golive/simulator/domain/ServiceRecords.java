package com.axys.golive.simulator.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The service side of the simulated Program's data: 3-D Secure OTP listeners by token, support tickets and bank
 * account registrations. Like the rest of {@link AxysStore} it is only touched inside {@link AxysStore#locked}.
 */
final class ServiceRecords {

    static final long FIRST_TICKET_ID = 20_001;

    private final Map<String, OtpListener> listeners = new LinkedHashMap<>();
    private final List<SupportTicket> tickets = new ArrayList<>();
    private final List<BankAccountRegistration> bankAccounts = new ArrayList<>();
    private long nextTicketId = FIRST_TICKET_ID;

    OtpListener put(OtpListener listener) {
        listeners.put(listener.token(), listener);
        return listener;
    }

    Optional<OtpListener> listener(String token) {
        return Optional.ofNullable(listeners.get(token));
    }

    List<OtpListener> listeners() {
        return List.copyOf(listeners.values());
    }

    SupportTicket addTicket(LongFunction<SupportTicket> withId) {
        SupportTicket raised = withId.apply(nextTicketId++);
        tickets.add(raised);
        return raised;
    }

    List<SupportTicket> tickets() {
        return List.copyOf(tickets);
    }

    BankAccountRegistration add(BankAccountRegistration registration) {
        bankAccounts.add(registration);
        return registration;
    }

    List<BankAccountRegistration> bankAccounts() {
        return List.copyOf(bankAccounts);
    }

    void clear() {
        listeners.clear();
        tickets.clear();
        bankAccounts.clear();
        nextTicketId = FIRST_TICKET_ID;
    }
}
