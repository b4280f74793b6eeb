package jp.yamaguchi.katsudo.core.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import jp.yamaguchi.katsudo.core.KatsudoProperties;

/**
 * The encryption keys in use: every configured AES key by id (old ones stay to read old values),
 * the active one for new values, and the HMAC key for lookup hashes. Keys come from the environment
 * in production; a development machine without keys gets generated ones in {@code
 * <data-dir>/keys/crypto.properties} (mode 600).
 */
public final class KeyRing {

  private final Map<String, SecretKey> aesKeys;
  private final String activeKeyId;
  private final SecretKey hmacKey;

  KeyRing(Map<String, SecretKey> aesKeys, String activeKeyId, SecretKey hmacKey) {
    if (!aesKeys.containsKey(activeKeyId)) {
      throw new IllegalStateException(
          "katsudo.crypto.active-key '" + activeKeyId + "' is not among katsudo.crypto.keys");
    }
    for (String id : aesKeys.keySet()) {
      if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
        throw new IllegalStateException("Key id must be 1-32 of [A-Za-z0-9_-]: " + id);
      }
    }
    this.aesKeys = Map.copyOf(aesKeys);
    this.activeKeyId = activeKeyId;
    this.hmacKey = hmacKey;
  }

  /** Builds the key ring from the properties, or from the development key file. */
  static KeyRing from(CryptoProperties props, KatsudoProperties app) {
    if (props.keyMap().isEmpty()) {
      if (!props.devKeyFile()) {
        throw new IllegalStateException(
            "No encryption keys: set KATSUDO_CRYPTO_KEYS, KATSUDO_CRYPTO_ACTIVE_KEY and"
                + " KATSUDO_CRYPTO_HMAC_KEY (see docs/security.md)");
      }
      return fromDevFile(app.dataDir().resolve("keys").resolve("crypto.properties"));
    }
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    props.keyMap().forEach((id, b64) -> keys.put(id, aesKey(id, b64)));
    if (props.hmacKey() == null || props.hmacKey().isBlank()) {
      throw new IllegalStateException("katsudo.crypto.hmac-key is not set");
    }
    byte[] hmac = Base64.getDecoder().decode(props.hmacKey().strip());
    if (hmac.length < 32) {
      throw new IllegalStateException("katsudo.crypto.hmac-key must be at least 32 bytes");
    }
    String active = props.activeKey();
    if ((active == null || active.isBlank()) && keys.size() == 1) {
      active = keys.keySet().iterator().next();
    }
    return new KeyRing(keys, active, new SecretKeySpec(hmac, "HmacSHA256"));
  }

  private static SecretKey aesKey(String id, String b64) {
    byte[] bytes = Base64.getDecoder().decode(b64.strip());
    if (bytes.length != 32) {
      throw new IllegalStateException("Key '" + id + "' must be 32 bytes (AES-256), Base64");
    }
    return new SecretKeySpec(bytes, "AES");
  }

  private static KeyRing fromDevFile(Path file) {
    try {
      Properties p = new Properties();
      if (Files.exists(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          p.load(in);
        }
      } else {
        SecureRandom random = new SecureRandom();
        p.setProperty("active", "dev1");
        p.setProperty("key.dev1", Base64.getEncoder().encodeToString(bytes(random, 32)));
        p.setProperty("hmac", Base64.getEncoder().encodeToString(bytes(random, 32)));
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
          p.store(out, "Development encryption keys (generated). Never use in production.");
        }
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
          // not a POSIX file system
        }
      }
      Map<String, SecretKey> keys = new LinkedHashMap<>();
      Set<String> names = p.stringPropertyNames();
      for (String name : names) {
        if (name.startsWith("key.")) {
          keys.put(name.substring(4), aesKey(name.substring(4), p.getProperty(name)));
        }
      }
      byte[] hmac = Base64.getDecoder().decode(p.getProperty("hmac"));
      return new KeyRing(keys, p.getProperty("active"), new SecretKeySpec(hmac, "HmacSHA256"));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read or write the development key file " + file, e);
    }
  }

  private static byte[] bytes(SecureRandom random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  SecretKey key(String id) {
    return aesKeys.get(id);
  }

  String activeKeyId() {
    return activeKeyId;
  }

  SecretKey hmacKey() {
    return hmacKey;
  }
}
