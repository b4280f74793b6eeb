package jp.yamaguchi.katsudo.page.domain;

import java.util.List;
import jp.yamaguchi.katsudo.page.Block;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Blocks to and from the JSON kept in a page's body columns. */
public final class BlockCodec {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {};

  private BlockCodec() {}

  public static String toJson(List<Block> blocks) {
    return JSON.writerFor(BLOCKS).writeValueAsString(blocks == null ? List.of() : blocks);
  }

  public static List<Block> fromJson(String json) {
    if (json == null || json.isBlank()) return List.of();
    return JSON.readValue(json, BLOCKS);
  }
}
