package jp.yamaguchi.katsudo.core.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/** JPA converter for a date encrypted at rest (birth dates): stored as encrypted ISO text. */
@Converter
public class EncryptedLocalDate implements AttributeConverter<LocalDate, String> {

  private final FieldCrypto crypto;

  public EncryptedLocalDate(FieldCrypto crypto) {
    this.crypto = crypto;
  }

  @Override
  public String convertToDatabaseColumn(LocalDate attribute) {
    return attribute == null ? null : crypto.encrypt(attribute.toString());
  }

  @Override
  public LocalDate convertToEntityAttribute(String dbData) {
    return dbData == null ? null : LocalDate.parse(crypto.decrypt(dbData));
  }
}
