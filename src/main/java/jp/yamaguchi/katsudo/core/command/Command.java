package jp.yamaguchi.katsudo.core.command;

/**
 * An operations command run from the command line instead of serving requests: {@code java -jar
 * katsudo.jar --spring.main.web-application-type=none --katsudo.command=<name>} (see
 * docs/operations.md). Each command is idempotent: running it twice does no harm.
 */
public interface Command {

  /** The name given in {@code --katsudo.command}. */
  String name();

  /** Runs the command; the returned text is printed, and the process exits with code 0. */
  String run();
}
