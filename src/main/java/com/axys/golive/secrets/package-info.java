/**
 * Secrets by reference: {@code env:NAME}, {@code file:/path} and {@code exec:<command>} are what configuration holds,
 * and {@link com.axys.golive.secrets.SecretResolver} turns them into in-memory {@link com.axys.golive.secrets.Secret}
 * values. Nothing here may print, log or persist a value: messages and {@code toString} name the reference only.
 */
package com.axys.golive.secrets;
