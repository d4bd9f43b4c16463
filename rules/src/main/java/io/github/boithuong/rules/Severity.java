package io.github.boithuong.rules;

/** How serious a finding is. */
public enum Severity {
  /** A legal defect: the case does not comply. */
  ERROR,
  /** A point to check or a risk, such as a document not yet sent when the law sets no deadline. */
  WARNING,
  /** An explanation: a consequence, a deadline, a fact used. */
  INFO
}
