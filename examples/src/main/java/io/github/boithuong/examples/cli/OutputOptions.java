package io.github.boithuong.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every command that prints a result has: language and format. */
final class OutputOptions {

  /** The language of the text output and of the messages. */
  enum Lang {
    /** Vietnamese (the default). */
    vi,
    /** English. */
    en
  }

  /** The output format. */
  enum Format {
    /** Readable text (the default). */
    text,
    /** JSON, as documented in docs/case-format.md. */
    json
  }

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
      description = "Language of the text output and messages: vi (default) or en."
          + " / Ngôn ngữ: vi (mặc định) hoặc en.")
  Lang lang = Lang.vi;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format: text (default) or json (stable, versioned)."
          + " / Định dạng: text hoặc json.")
  Format format = Format.text;

  Locale locale() {
    return lang == Lang.en ? Locale.ENGLISH : Locale.forLanguageTag("vi");
  }

  boolean json() {
    return format == Format.json;
  }
}
