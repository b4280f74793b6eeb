package jp.yamaguchi.katsudo.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTest {

  @Test
  void wildcardsAndTheEscapeCharacterMatchThemselves() {
    assertThat(Like.escape("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    assertThat(Like.escape("センター")).isEqualTo("センター");
  }

  @Test
  void containsLowerTrimsLowercasesAndEscapes() {
    assertThat(Like.containsLower("  Center_A% ")).isEqualTo("%center\\_a\\%%");
  }
}
