package jp.yamaguchi.katsudo.media.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import jp.yamaguchi.katsudo.media.MediaKind;

/**
 * The file formats the library accepts, each with the content type detected from its bytes, the
 * file name extensions that may carry it, and the types the bytes alone (without the name) may be
 * detected as. SVG, HTML, archives and executables are deliberately absent.
 */
public enum FileType {
  PNG("image/png", MediaKind.IMAGE, "png", Set.of("png"), Set.of("image/png")),
  JPEG("image/jpeg", MediaKind.IMAGE, "jpeg", Set.of("jpg", "jpeg"), Set.of("image/jpeg")),
  GIF("image/gif", MediaKind.IMAGE, "gif", Set.of("gif"), Set.of("image/gif")),
  WEBP("image/webp", MediaKind.IMAGE, "webp", Set.of("webp"), Set.of("image/webp")),
  PDF("application/pdf", MediaKind.DOCUMENT, "pdf", Set.of("pdf"), Set.of("application/pdf")),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      MediaKind.DOCUMENT,
      "word",
      Set.of("docx"),
      Set.of(
          "application/x-tika-ooxml",
          "application/zip",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
  XLSX(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      MediaKind.DOCUMENT,
      "excel",
      Set.of("xlsx"),
      Set.of(
          "application/x-tika-ooxml",
          "application/zip",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
  PPTX(
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      MediaKind.DOCUMENT,
      "powerpoint",
      Set.of("pptx"),
      Set.of(
          "application/x-tika-ooxml",
          "application/zip",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation")),
  DOC(
      "application/msword",
      MediaKind.DOCUMENT,
      "word",
      Set.of("doc"),
      Set.of("application/x-tika-msoffice", "application/msword")),
  XLS(
      "application/vnd.ms-excel",
      MediaKind.DOCUMENT,
      "excel",
      Set.of("xls"),
      Set.of("application/x-tika-msoffice", "application/vnd.ms-excel")),
  PPT(
      "application/vnd.ms-powerpoint",
      MediaKind.DOCUMENT,
      "powerpoint",
      Set.of("ppt"),
      Set.of("application/x-tika-msoffice", "application/vnd.ms-powerpoint")),
  ODT(
      "application/vnd.oasis.opendocument.text",
      MediaKind.DOCUMENT,
      "odt",
      Set.of("odt"),
      Set.of("application/vnd.oasis.opendocument.text")),
  ODS(
      "application/vnd.oasis.opendocument.spreadsheet",
      MediaKind.DOCUMENT,
      "ods",
      Set.of("ods"),
      Set.of("application/vnd.oasis.opendocument.spreadsheet")),
  TXT("text/plain", MediaKind.DOCUMENT, "text", Set.of("txt"), Set.of("text/plain")),
  CSV("text/csv", MediaKind.DOCUMENT, "csv", Set.of("csv"), Set.of("text/plain", "text/csv"));

  private final String contentType;
  private final MediaKind kind;
  private final String typeKey;
  private final Set<String> extensions;
  private final Set<String> magicTypes;

  FileType(
      String contentType,
      MediaKind kind,
      String typeKey,
      Set<String> extensions,
      Set<String> magicTypes) {
    this.contentType = contentType;
    this.kind = kind;
    this.typeKey = typeKey;
    this.extensions = extensions;
    this.magicTypes = magicTypes;
  }

  public String contentType() {
    return contentType;
  }

  public MediaKind kind() {
    return kind;
  }

  /** Short key of the format for messages, e.g. {@code media.type.pdf}. */
  public String typeKey() {
    return typeKey;
  }

  public boolean allowsExtension(String extension) {
    return extension != null && extensions.contains(extension);
  }

  /** Whether the bytes alone (no file name) may be detected as {@code type} for this format. */
  public boolean allowsMagicType(String type) {
    return magicTypes.contains(type);
  }

  /** An Office Open XML package: its zip must hold the parts of its kind. */
  public Optional<String> ooxmlMainFolder() {
    return switch (this) {
      case DOCX -> Optional.of("word/");
      case XLSX -> Optional.of("xl/");
      case PPTX -> Optional.of("ppt/");
      default -> Optional.empty();
    };
  }

  public static Optional<FileType> ofContentType(String contentType) {
    return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
  }

  /** The message key of a stored content type; {@code other} for anything unexpected. */
  public static String typeKeyOf(String contentType) {
    return ofContentType(contentType).map(FileType::typeKey).orElse("other");
  }
}
