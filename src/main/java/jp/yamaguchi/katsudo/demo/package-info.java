/**
 * Demo data for {@code make run} and benchmarks: realistic Japanese content, deterministic, loaded
 * only into an empty database. Scales: {@code none}, {@code standard} (a browsable site) and {@code
 * full} (the volumes of spec §0, for benchmarks). Each content type adds a {@link
 * jp.yamaguchi.katsudo.demo.DemoSet}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package jp.yamaguchi.katsudo.demo;
