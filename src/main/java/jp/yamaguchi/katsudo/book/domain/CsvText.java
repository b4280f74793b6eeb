package jp.yamaguchi.katsudo.book.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import jp.yamaguchi.katsudo.core.web.BusinessException;

/**
 * An uploaded CSV file as text. The center's spreadsheet saves Shift_JIS (Windows-31J); newer Excel
 * saves UTF-8, usually with a BOM. A BOM means UTF-8; otherwise the bytes are UTF-8 when they are
 * valid UTF-8 (Shift_JIS Japanese text almost never is) and Windows-31J when they are valid
 * Windows-31J; anything else is refused.
 *
 * @param text the decoded text, without a BOM
 * @param encoding {@code UTF-8} or {@code Shift_JIS}
 */
public record CsvText(String text, String encoding) {

  public static final String UTF_8 = "UTF-8";
  public static final String SHIFT_JIS = "Shift_JIS";
  static final Charset WINDOWS_31J = Charset.forName("windows-31j");

  public static CsvText decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      String s = strict(StandardCharsets.UTF_8, bytes, 3);
      if (s == null) throw new BusinessException("e.book.import.encoding");
      return new CsvText(s, UTF_8);
    }
    String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
    if (utf8 != null) return new CsvText(utf8, UTF_8);
    String sjis = strict(WINDOWS_31J, bytes, 0);
    if (sjis != null) return new CsvText(sjis, SHIFT_JIS);
    throw new BusinessException("e.book.import.encoding");
  }

  private static String strict(Charset charset, byte[] bytes, int offset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
