package com.axys.golive.simulator.domain;

import java.math.BigInteger;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * Realistic but fake card data from a seeded {@link Random}: the same seed gives the same cards in the same order,
 * so a run is reproducible. PANs are 16 digits starting with 4 and Luhn-valid, CVVs 3 digits, expiry three years
 * ahead, the default PIN the PAN's last four digits; deposit addresses have each chain's real shape.
 */
public final class CardDataGenerator {

    static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String HEX = "0123456789abcdef";
    private static final String SESSION = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int VALIDITY_YEARS = 3;

    private final long seed;
    private final Random random;

    public CardDataGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Starts the sequence again, as if freshly created with the same seed. */
    public synchronized void restart() {
        random.setSeed(seed);
    }

    public synchronized CardSecrets newCard(Instant issuedAt) {
        StringBuilder payload = new StringBuilder("4");
        for (int i = 0; i < 14; i++) {
            payload.append(random.nextInt(10));
        }
        String pan = payload.toString() + Luhn.checkDigit(payload.toString());
        String cvv = String.format("%03d", random.nextInt(1000));
        YearMonth expiry = YearMonth.from(issuedAt.atZone(ZoneOffset.UTC)).plusYears(VALIDITY_YEARS);
        return new CardSecrets(pan, cvv, String.format("%02d", expiry.getMonthValue()),
                String.valueOf(expiry.getYear()), pan.substring(pan.length() - 4));
    }

    /** One address per chain: evm {@code 0x}+40 hex, bitcoin bech32 {@code bc1q}+38, solana base58 of 32 bytes. */
    public synchronized List<CryptoAddress> depositAddresses() {
        return List.of(new CryptoAddress("evm", "0x" + chars(HEX, 40)),
                new CryptoAddress("bitcoin", "bc1q" + chars(BECH32, 38)),
                new CryptoAddress("solana", base58(bytes(32))));
    }

    /** A Didit-style hosted KYC session URL. */
    public synchronized String kycApplicationLink() {
        return "https://verify.didit.example/session/" + chars(SESSION, 32);
    }

    /** An OTP subscription token: 43 URL-safe characters (256 bits), safe in a path segment as it is. */
    public synchronized String otpToken() {
        return chars(BASE64URL, 43);
    }

    /** A 3-D Secure one-time password: six digits, leading zeros kept. */
    public synchronized String otpCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    private String chars(String alphabet, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    static String base58(byte[] bytes) {
        BigInteger value = new BigInteger(1, bytes);
        BigInteger base = BigInteger.valueOf(58);
        StringBuilder text = new StringBuilder();
        while (value.signum() > 0) {
            BigInteger[] division = value.divideAndRemainder(base);
            text.append(BASE58.charAt(division[1].intValue()));
            value = division[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            text.append('1');
        }
        return text.reverse().toString();
    }
}
