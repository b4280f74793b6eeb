package jp.yamaguchi.katsudo.demo;

import java.util.Random;

/**
 * The demo data of one content type. Implementations use the owning module's public services and a
 * seeded {@link Random}, so every run creates the same data.
 */
public interface DemoSet {

  /** Loading order: lower first (lists and pages before content that links to them). */
  int order();

  /** Whether this set's data is already there (the loader then skips it). */
  boolean present();

  void load(DemoScale scale, Random random);
}
