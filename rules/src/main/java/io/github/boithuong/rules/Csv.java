package io.github.boithuong.rules;

import java.math.BigInteger;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: fields with a comma, a quote, a carriage return or a line feed are
 * quoted, quotes doubled; records end with CRLF. A text field that a spreadsheet would read as a
 * formula (starting with =, +, -, @, tab or carriage return) is prefixed with a single quote, as
 * OWASP advises against CSV injection; numbers are written as they are.
 */
final class Csv {
  private Csv() {}

  static String text(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return quote(v);
  }

  static String number(long value) {
    return Long.toString(value);
  }

  static String number(BigInteger value) {
    return value.toString();
  }

  static String quote(String v) {
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  static String record(List<String> fields) {
    return String.join(",", fields) + "\r\n";
  }
}
