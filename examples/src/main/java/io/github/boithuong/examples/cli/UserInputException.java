package io.github.boithuong.examples.cli;

import io.github.boithuong.core.law.BilingualText;
import java.util.List;

/**
 * A problem of the user's input (a file, a date, an argument): reported on standard error without a
 * stack trace, and the command exits with {@link BoithuongCli#EXIT_INPUT}.
 */
final class UserInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The messages, one per problem, each in Vietnamese and English. */
  private final transient List<BilingualText> messages;

  UserInputException(List<BilingualText> messages) {
    super(messages.isEmpty() ? "" : messages.get(0).english(), null, false, false);
    this.messages = List.copyOf(messages);
  }

  UserInputException(String vietnamese, String english) {
    this(List.of(BilingualText.of(vietnamese, english)));
  }

  List<BilingualText> messages() {
    return messages;
  }
}
