package jp.yamaguchi.katsudo.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import jp.yamaguchi.katsudo.core.crypto.KeyRotation.EncryptedColumn;
import jp.yamaguchi.katsudo.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class KeyRotationTest {

  @Autowired JdbcClient jdbc;
  @Autowired EntityManager em;
  @Autowired TransactionTemplate tx;
  @Autowired KeyRotation rotation;
  @Autowired FieldCrypto crypto;

  @BeforeEach
  void table() {
    jdbc.sql(SecretNote.DDL).update();
  }

  @Test
  void encryptedFieldsAreStoredAsCiphertextAndReadBackThroughJpa() {
    String label = "note-" + UUID.randomUUID();
    Long id =
        tx.execute(
            s -> {
              SecretNote note = new SecretNote(label, "083-922-0000", LocalDate.of(1980, 4, 1));
              em.persist(note);
              return note.id;
            });
    Map<String, Object> raw =
        jdbc.sql("SELECT phone, birth_date FROM crypto_test_note WHERE id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat((String) raw.get("phone")).startsWith("t2:").doesNotContain("922");
    assertThat((String) raw.get("birth_date")).startsWith("t2:").doesNotContain("1980");
    SecretNote read = tx.execute(s -> em.find(SecretNote.class, id));
    assertThat(read.phone).isEqualTo("083-922-0000");
    assertThat(read.birthDate).isEqualTo(LocalDate.of(1980, 4, 1));
  }

  @Test
  void theRotationFindsTheEncryptedColumnsAndReEncryptsOldValues() {
    assertThat(rotation.columns())
        .contains(
            new EncryptedColumn("crypto_test_note", "phone"),
            new EncryptedColumn("crypto_test_note", "birth_date"));
    FieldCrypto oldKey =
        new FieldCrypto(
            new CryptoProperties(
                "t1:" + FieldCryptoTest.K1,
                "t1",
                "QEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaW1xdXl8=",
                false),
            new jp.yamaguchi.katsudo.core.KatsudoProperties(
                java.nio.file.Path.of("target/none"), null, false, null, null, null));
    String label = "old-" + UUID.randomUUID();
    jdbc.sql("INSERT INTO crypto_test_note (label, phone, birth_date) VALUES (?, ?, ?)")
        .params(label, oldKey.encrypt("0835-00-1111"), oldKey.encrypt("1975-12-31"))
        .update();

    String report = rotation.run();
    assertThat(report).contains("crypto_test_note.phone");

    Map<String, Object> raw =
        jdbc.sql("SELECT phone, birth_date FROM crypto_test_note WHERE label = ?")
            .param(label)
            .query()
            .singleRow();
    assertThat((String) raw.get("phone")).startsWith("t2:");
    assertThat(crypto.decrypt((String) raw.get("phone"))).isEqualTo("0835-00-1111");
    assertThat(crypto.decrypt((String) raw.get("birth_date"))).isEqualTo("1975-12-31");
    // running it again changes nothing
    assertThat(rotation.run()).startsWith("rotate-keys: 0 values");
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'KEY_ROTATION'")
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(2);
  }
}
