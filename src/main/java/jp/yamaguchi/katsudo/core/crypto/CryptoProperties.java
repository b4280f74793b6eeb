package jp.yamaguchi.katsudo.core.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for field encryption, bound from {@code katsudo.crypto.*} (environment variables {@code
 * KATSUDO_CRYPTO_*}; see docs/security.md).
 *
 * @param keys AES-256 keys by key id, each Base64 of 32 random bytes ({@code
 *     KATSUDO_CRYPTO_KEYS=2026a:BASE64,2025a:BASE64})
 * @param activeKey the id of the key new values are encrypted with
 * @param hmacKey Base64 of at least 32 random bytes for the keyed lookup hashes
 * @param devKeyFile when no keys are configured outside production, keys are generated once and
 *     kept in this file (under the data dir) so a development database stays readable
 */
@ConfigurationProperties("katsudo.crypto")
public record CryptoProperties(String keys, String activeKey, String hmacKey, boolean devKeyFile) {

  /** The configured keys by id, parsed from {@code id:base64,id:base64}. */
  public Map<String, String> keyMap() {
    Map<String, String> out = new LinkedHashMap<>();
    if (keys == null || keys.isBlank()) return out;
    for (String part : keys.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) continue;
      int colon = p.indexOf(':');
      if (colon < 1) {
        throw new IllegalStateException(
            "katsudo.crypto.keys: expected id:base64, got a key without id");
      }
      out.put(p.substring(0, colon).strip(), p.substring(colon + 1).strip());
    }
    return out;
  }
}
