/**
 * Client credentials for mutual TLS: loading PEM and PKCS#12 material, the checks a certificate and key must pass
 * (validity, key match), what may be printed about a certificate, and the one {@code SSLContext} factory.
 * Private keys and passphrases never leave this package in a message, a {@code toString} or a log line.
 */
package com.axys.golive.tls;
