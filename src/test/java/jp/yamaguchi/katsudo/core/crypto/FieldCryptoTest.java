package jp.yamaguchi.katsudo.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import jp.yamaguchi.katsudo.core.KatsudoProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCryptoTest {

  static final String K1 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  static final String K2 = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
  static final String HMAC = "QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=";

  static FieldCrypto crypto(String keys, String active) {
    return new FieldCrypto(
        new CryptoProperties(keys, active, HMAC, false),
        new KatsudoProperties(Path.of("target/none"), null, false, null, null, null));
  }

  @Test
  void encryptsWithTheActiveKeyAndReadsBack() {
    FieldCrypto crypto = crypto("a:" + K1 + ",b:" + K2, "b");
    String stored = crypto.encrypt("山口市亀山町1-1 090-1234-5678");
    assertThat(stored).startsWith("b:").doesNotContain("山口").doesNotContain("090");
    assertThat(crypto.decrypt(stored)).isEqualTo("山口市亀山町1-1 090-1234-5678");
    assertThat(crypto.isCurrent(stored)).isTrue();
    // a random IV per value: the same text never gives the same ciphertext
    assertThat(crypto.encrypt("同じ値")).isNotEqualTo(crypto.encrypt("同じ値"));
    assertThat(crypto.encrypt(null)).isNull();
    assertThat(crypto.decrypt(null)).isNull();
  }

  @Test
  void oldKeysStillDecryptAfterARotation() {
    String old = crypto("a:" + K1, "a").encrypt("旧い鍵の値");
    FieldCrypto rotated = crypto("a:" + K1 + ",b:" + K2, "b");
    assertThat(rotated.decrypt(old)).isEqualTo("旧い鍵の値");
    assertThat(rotated.isCurrent(old)).isFalse();
  }

  @Test
  void aTamperedValueAWrongKeyIdOrAnUnknownKeyFails() {
    FieldCrypto crypto = crypto("a:" + K1 + ",b:" + K2, "b");
    String stored = crypto.encrypt("秘密");
    byte[] raw = Base64.getDecoder().decode(stored.substring(2));
    raw[raw.length - 1] ^= 1;
    String tampered = "b:" + Base64.getEncoder().encodeToString(raw);
    assertThatThrownBy(() -> crypto.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
    // the key id is authenticated: relabelling a value with another key id fails
    assertThatThrownBy(() -> crypto.decrypt("a:" + stored.substring(2)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> crypto.decrypt("zz:" + stored.substring(2)))
        .hasMessageContaining("Unknown encryption key id");
    assertThatThrownBy(() -> crypto.decrypt("plain text"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void lookupHashesAreKeyedAndNormalised() {
    FieldCrypto crypto = crypto("a:" + K1, "a");
    assertThat(crypto.lookupHash(" ＴＡＲＯ@Example.jp "))
        .isEqualTo(crypto.lookupHash("taro@example.jp"))
        .hasSize(64);
    assertThat(crypto.lookupHash("taro@example.jp"))
        .isNotEqualTo(crypto.lookupHash("jiro@example.jp"));
    FieldCrypto otherHmac =
        new FieldCrypto(
            new CryptoProperties("a:" + K1, "a", K2, false),
            new KatsudoProperties(Path.of("target/none"), null, false, null, null, null));
    assertThat(otherHmac.lookupHash("taro@example.jp"))
        .isNotEqualTo(crypto.lookupHash("taro@example.jp"));
  }

  @Test
  void badKeyConfigurationStopsTheStart() {
    assertThatThrownBy(() -> crypto("", null)).hasMessageContaining("KATSUDO_CRYPTO_KEYS");
    assertThatThrownBy(() -> crypto("a:" + K1 + ",b:" + K2, "c"))
        .hasMessageContaining("active-key");
    assertThatThrownBy(() -> crypto("a:AAEC", "a")).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> crypto("a" + K1, "a")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void developmentKeysAreGeneratedOnceAndKeptPrivate(@TempDir Path dir) throws Exception {
    KatsudoProperties app = new KatsudoProperties(dir, null, false, null, null, null);
    FieldCrypto first = new FieldCrypto(new CryptoProperties(null, null, null, true), app);
    String stored = first.encrypt("開発用");
    Path file = dir.resolve("keys/crypto.properties");
    assertThat(file).exists();
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    FieldCrypto second = new FieldCrypto(new CryptoProperties(null, null, null, true), app);
    assertThat(second.decrypt(stored)).isEqualTo("開発用");
  }
}
