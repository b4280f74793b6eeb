package jp.yamaguchi.katsudo.core.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal fields at rest with AES-256-GCM (JDK crypto; AES and GCM are on the CRYPTREC
 * list). A stored value is {@code <key id>:<Base64(12-byte IV ‖ ciphertext ‖ 16-byte tag)>}, so the
 * key id sits beside each value and old keys keep working after a rotation. {@link #lookupHash}
 * gives an HMAC-SHA256 of a normalised value for columns that need equality lookup.
 */
@Component
public class FieldCrypto {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final KeyRing keys;
  private final SecureRandom random = new SecureRandom();

  @Autowired
  public FieldCrypto(CryptoProperties props, KatsudoProperties app) {
    this(KeyRing.from(props, app));
  }

  FieldCrypto(KeyRing keys) {
    this.keys = keys;
  }

  /** Encrypts with the active key; null stays null. */
  public String encrypt(String plain) {
    if (plain == null) return null;
    String keyId = keys.activeKeyId();
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.key(keyId), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      byte[] ct = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array();
      return keyId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encryption failed", e);
    }
  }

  /** Decrypts a stored value; null stays null. Fails on a tampered value or an unknown key. */
  public String decrypt(String stored) {
    if (stored == null) return null;
    int colon = stored.indexOf(':');
    if (colon < 1) {
      throw new IllegalStateException("Stored value is not in the encrypted format");
    }
    String keyId = stored.substring(0, colon);
    SecretKey key = keys.key(keyId);
    if (key == null) {
      throw new IllegalStateException("Unknown encryption key id: " + keyId);
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
      cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
      byte[] plain = cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Decryption failed (tampered value or wrong key)", e);
    }
  }

  /** Whether a stored value is encrypted with the active key (rotation skips those). */
  public boolean isCurrent(String stored) {
    return stored != null && stored.startsWith(keys.activeKeyId() + ":");
  }

  /** The id of the key new values are encrypted with. */
  public String activeKeyId() {
    return keys.activeKeyId();
  }

  /**
   * A keyed hash (HMAC-SHA256, hex) for equality lookup of an encrypted value. The value is
   * normalised first (NFKC, trimmed, lower case) so 「ＴＡＲＯ@example.jp」 and 「taro@example.jp」 match.
   */
  public String lookupHash(String value) {
    if (value == null) return null;
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(keys.hmacKey());
      String normal = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
      return HexFormat.of()
          .formatHex(mac.doFinal(normal.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC failed", e);
    }
  }
}
