package jp.yamaguchi.katsudo.core.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * JPA converter for a personal text field encrypted at rest: {@code @Convert(converter =
 * EncryptedString.class)}. The column must hold the longer ciphertext (a VARCHAR of about 4/3 of
 * the plain UTF-8 length plus 60, or TEXT). Hibernate instantiates it through Spring.
 */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

  private final FieldCrypto crypto;

  public EncryptedString(FieldCrypto crypto) {
    this.crypto = crypto;
  }

  @Override
  public String convertToDatabaseColumn(String attribute) {
    return attribute == null || attribute.isEmpty() ? null : crypto.encrypt(attribute);
  }

  @Override
  public String convertToEntityAttribute(String dbData) {
    return crypto.decrypt(dbData);
  }
}
