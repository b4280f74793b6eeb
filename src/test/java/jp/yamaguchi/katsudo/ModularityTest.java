package jp.yamaguchi.katsudo;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails on a dependency cycle or on a module reaching into another module's internals. */
class ModularityTest {

  static final ApplicationModules MODULES = ApplicationModules.of(KatsudoApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    MODULES.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
  }
}
