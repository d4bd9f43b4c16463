/**
 * The rules of the state-compensation procedure as pure evaluators that return explained verdicts
 * ({@link io.github.boithuong.rules.Verdict}), one file per rule, and the entry point that assesses
 * a whole case ({@link io.github.boithuong.rules.RuleSet#assess}).
 */
package io.github.boithuong.rules;
