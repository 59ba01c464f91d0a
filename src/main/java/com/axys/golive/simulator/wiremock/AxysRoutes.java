package com.axys.golive.simulator.wiremock;

import static com.axys.golive.simulator.wiremock.JsonViews.fields;

import com.axys.golive.simulator.domain.SimulatedAxys;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The route table of docs/api-decisions.md ("Resources"): operationId, method and path to a domain operation. */
final class AxysRoutes {

    /**
     * Operations whose success body the docs show without the envelope's {@code "status":"success"}, answered exactly
     * as documented so that the harness meets the body staging is documented to send: register-bank-account's
     * {@code {depositId, statusText}}.
     */
    static final Set<String> WITHOUT_ENVELOPE_STATUS = Set.of("registerBankAccount");

    private AxysRoutes() {
    }

    static RouteTable of(SimulatedAxys axys) {
        return of(axys, WebhookSender.none());
    }

    /** The routes, with {@code webhooks} making the OTP callbacks a challenge triggers. */
    static RouteTable of(SimulatedAxys axys, WebhookSender webhooks) {
        return new RouteTable(List.of(
                get("/cardholders", "listCardholders", call -> axys.cardholders().list(call.query())
                        .map(page -> JsonViews.page(page, JsonViews::cardholder))),
                post("/cardholders", "createCardholder", call -> axys.cardholders().create(call.body())
                        .map(holder -> fields("cardholderId", holder.cardholderId()))),
                get("/cardholders/{cardholderId}", "getCardholder", call -> axys.cardholders()
                        .get(call.id("cardholderId"))
                        .map(holder -> fields("cardholder", JsonViews.cardholder(holder)))),
                put("/cardholders/{cardholderId}", "editCardholder", call -> axys.cardholders()
                        .edit(call.id("cardholderId"), call.body())
                        .map(holder -> fields("cardholderId", holder.cardholderId()))),
                put("/cardholders/{cardholderId}/update", "updateCardholder", call -> axys.cardholders()
                        .update(call.id("cardholderId"), call.body())
                        .map(holder -> fields("cardholderId", holder.cardholderId()))),
                withoutBody("PUT", "/cardholders/{cardholderId}/kyc-submit", "submitKyc", call -> axys.kyc()
                        .submit(call.id("cardholderId"))
                        .map(holder -> fields("applicationLink", holder.applicationLink()))),
                withoutBody("POST", "/cardholders/{cardholderId}/kyc-url/refresh", "refreshKycUrl", call -> axys.kyc()
                        .refreshLink(call.id("cardholderId"))
                        .map(holder -> fields("applicationLink", holder.applicationLink()))),
                post("/cards/virtual/{cardholderId}", "issueVirtualCard", call -> axys.issuance()
                        .issueVirtual(call.id("cardholderId"), call.body()).map(JsonViews::card)),
                post("/cards/assign/{cardholderId}", "issuePhysicalCard", call -> axys.issuance()
                        .issuePhysical(call.id("cardholderId"), call.body()).map(JsonViews::card)),
                get("/cards", "listCards", call -> axys.cards().list(call.query())
                        .map(page -> JsonViews.page(page, JsonViews::card))),
                get("/cards/{cardId}", "getCard", call -> axys.cards().get(call.id("cardId")).map(JsonViews::card)),
                get("/cards/{cardId}/details", "getCardDetails", call -> axys.cards().get(call.id("cardId"))
                        .map(JsonViews::cardDetails)),
                get("/cards/{cardId}/balance", "getCardBalance", call -> axys.funding().balance(call.id("cardId"))
                        .map(JsonViews::balance)),
                put("/cards/{cardId}/activate", "activateCard", call -> axys.cards()
                        .activate(call.id("cardId"), call.body())
                        .map(card -> fields("cardId", card.cardId(), "issuerCardStatus",
                                card.issuerCardStatus().code()))),
                put("/cards/{cardId}/status", "setCardStatus", call -> axys.cards()
                        .setStatus(call.id("cardId"), call.body())
                        .map(card -> fields("cardId", card.cardId(), "issuerCardStatus",
                                card.issuerCardStatus().code()))),
                put("/cards/{cardId}/update", "updateCard", call -> axys.cards().update(call.id("cardId"), call.body())
                        .map(card -> fields("cardId", card.cardId()))),
                put("/cards/{cardId}/pin", "changeCardPin", call -> axys.cards()
                        .changePin(call.id("cardId"), call.body()).map(card -> fields())),
                post("/cards/{cardId}/bank-deposit", "bankDepositCard", call -> axys.funding()
                        .bankDeposit(call.id("cardId"), call.body())
                        .map(deposit -> fields("depositId", deposit.depositId(), "statusText", "pending"))),
                post("/staging/kyc/validate", "stagingKycValidate", call -> axys.kyc().validate(call.body())
                        .map(holder -> fields("result", Map.of()))),
                get("/cards/transactions", "listCardTransactions", call -> axys.activity()
                        .transactions(call.query()).map(page -> JsonViews.page(page, MoneyViews::transaction))),
                get("/cards/fees", "listCardFees", call -> axys.activity().fees(call.query())
                        .map(page -> JsonViews.page(page, MoneyViews::fee))),
                post("/wallets", "createWallet", call -> axys.wallets().create(call.body())
                        .map(wallet -> fields("walletId", wallet.walletId()))),
                post("/wallets/{walletId}/bank-deposit", "bankDepositWallet", call -> axys.wallets()
                        .bankDeposit(call.id("walletId"), call.body())
                        .map(deposit -> fields("depositId", deposit.depositId(), "statusText", "pending"))),
                post("/wallets/transfer", "transferFromWallet", call -> axys.wallets().transfer(call.body())
                        .map(made -> fields("transId", made.transId(), "transStatus", made.transStatus()))),
                get("/wallets/transactions", "listWalletTransactions", call -> axys.wallets().list(call.query())
                        .map(page -> JsonViews.page(page, MoneyViews::walletTransaction))),
                post("/staging/cards/{cardId}/spend", "stagingCardSpend", call -> axys.staging()
                        .spend(call.id("cardId"), call.body())
                        .map(purchase -> fields("result", MoneyViews.purchase(purchase)))),
                post("/staging/cards/{cardId}/deposit", "stagingCardDeposit", call -> axys.staging()
                        .deposit(call.id("cardId"), call.body())
                        .map(deposit -> fields("result", Map.of("depositId", deposit.depositId())))),
                post("/cardholders/{cardholderId}/register-bank-account", "registerBankAccount", call -> axys
                        .bankAccounts().register(call.id("cardholderId"), call.body())
                        .map(registered -> fields("depositId", registered.depositId(), "statusText", "pending"))),
                post("/otp/listeners", "createOtpListener", call -> axys.threeDSecure().subscribe(call.body())
                        .map(OtpViews::listener)),
                get("/otp/{token}", "getOtp", call -> axys.threeDSecure().read(call.text("token"))
                        .map(OtpViews::reading)),
                withoutBody("POST", "/staging/cards/{cardId}/otp", "stagingCardOtp", call -> axys.threeDSecure()
                        .challenge(call.id("cardId")).map(reached -> {
                            webhooks.send(call.id("cardId"), axys.threeDSecure().webhooksOf(call.id("cardId")));
                            return fields("result", Map.of());
                        })),
                post("/support/tickets", "createSupportTicket", call -> axys.support().raise(call.body())
                        .map(ticket -> fields("ticketId", ticket.ticketId()))),
                deprecated("/cardholders/{cardholderId}/register-wallet-address", "registerWalletAddress",
                        call -> axys.cardholders().registerWalletAddress(call.id("cardholderId"))
                                .map(holder -> fields())),
                deprecated("/cards/{cardId}/deposit", "depositCard", call -> axys.funding()
                        .chainDeposit(call.id("cardId"), call.body()).map(card -> fields())),
                deprecated("/wallets/{walletId}/deposit", "depositWallet", call -> axys.wallets()
                        .deprecatedDeposit(call.id("walletId")).map(wallet -> fields()))));
    }

    /** A POST the docs list as deprecated but still working (reference 8.30); its optional body is read if sent. */
    private static Route deprecated(String template, String operationId, Handler handler) {
        return new Route("POST", template, operationId, true, handler, true);
    }

    private static Route get(String template, String operationId, Handler handler) {
        return new Route("GET", template, operationId, false, handler);
    }

    private static Route post(String template, String operationId, Handler handler) {
        return new Route("POST", template, operationId, true, handler);
    }

    private static Route put(String template, String operationId, Handler handler) {
        return new Route("PUT", template, operationId, true, handler);
    }

    private static Route withoutBody(String method, String template, String operationId, Handler handler) {
        return new Route(method, template, operationId, false, handler);
    }
}
