/**
 * The harness's HTTP client for Axys v2: one REST Assured configuration (connection reuse, mTLS through our own
 * SSLContext, X-API-Key, timeouts, a polite rate limit) and a thin typed API per resource that returns the raw
 * response for assertions. No assertion and no evidence writing lives here.
 */
package com.axys.golive.client;
