/**
 * boithuong rules: the rules of the state-compensation procedure (negotiation participation,
 * decision cancellation, funding review, limitation, acceptance, suit, documents) as evaluators
 * that return explained verdicts. The evaluators arrive with the rules issue; this module already
 * builds on {@code io.github.boithuong.core}.
 */
@SuppressWarnings("requires-automatic")
module io.github.boithuong.rules {
  requires static org.immutables.value.annotations;
  requires transitive io.github.boithuong.core;

  exports io.github.boithuong.rules;
}
