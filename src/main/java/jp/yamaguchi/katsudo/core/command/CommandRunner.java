package jp.yamaguchi.katsudo.core.command;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Runs the command named by {@code katsudo.command}, if any, and then ends the process. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CommandRunner implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(CommandRunner.class);

  private final List<Command> commands;
  private final ConfigurableApplicationContext context;
  private final String requested;

  CommandRunner(
      List<Command> commands,
      ConfigurableApplicationContext context,
      @Value("${katsudo.command:}") String requested) {
    this.commands = commands;
    this.context = context;
    this.requested = requested;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (requested == null || requested.isBlank()) return;
    Command command =
        commands.stream().filter(c -> c.name().equals(requested)).findFirst().orElse(null);
    int code;
    if (command == null) {
      log.error(
          "Unknown command '{}'. Known: {}",
          requested,
          commands.stream().map(Command::name).sorted().collect(Collectors.joining(", ")));
      code = 2;
    } else {
      try {
        System.out.println(command.run());
        code = 0;
      } catch (RuntimeException e) {
        log.error("Command '{}' failed", requested, e);
        code = 1;
      }
    }
    int exit = code;
    System.exit(SpringApplication.exit(context, () -> exit));
  }
}
