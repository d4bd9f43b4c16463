package io.github.boithuong.rules;

import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.util.ArrayList;
import java.util.List;

/**
 * Who must take part in a negotiation — Luật TNBTCNN 2017 Điều 46.3; Nghị định 68/2018 Điều 21.
 *
 * <p>Mandatory in every session and on the result minute (Điều 46.7): (a) a leader of the resolving
 * agency, who chairs; (b) the resolver; (c) the claimant or a lawful representative; (d) a
 * representative of the competent state-management agency — the Ministry of Justice for the central
 * bodies of Nghị định 68/2018 Điều 19.3, otherwise the Sở Tư pháp of the agency's province (Điều
 * 21.2); (đ) the competent procuracy in criminal-procedure cases; and the official who caused the
 * damage once the agency has required it (Điều 46.3.e, Nghị định 68/2018 Điều 21.1). Also checked:
 * the written invitation of the state-management agency (and its lead time, when the integrator
 * configures a local regulation), the content (Điều 46.5) and steps (Điều 46.6) where the case
 * records them.
 *
 * <p>A defect does not void the negotiation: it lets the claimant ask for the decision to be
 * cancelled and the claim resolved again (Điều 48.3.b; docs/interpretations.md R1).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NegotiationParticipationRule extends GuardedRule implements Rule {

  private static final List<Citation> CITATIONS = List.of(
      Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 3),
      Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 46, 7),
      Citation.of(LegalText.DECREE_68_2018, 21));

  /** Creates the rule. */
  public NegotiationParticipationRule() {}

  @Override
  public String id() {
    return "negotiation-participation";
  }

  @Override
  public BilingualText name() {
    return BilingualText.of("Thành phần, nội dung, trình tự thương lượng",
        "Negotiation participants, content and steps");
  }

  @Override
  public List<Citation> citations() {
    return CITATIONS;
  }

  @Override
  Verdict judge(Claim claim, RuleContext context) {
    NegotiationReview review = NegotiationReview.of(claim, context);
    List<Finding> findings = new ArrayList<>(review.findings);
    if (review.negotiated && !review.defect) {
      findings.add(Finding.of("NEGOTIATION_PARTICIPANTS_COMPLETE", Severity.INFO)
          .cite(CITATIONS.get(0)).build());
    }
    return Verdicts.of(this, review.negotiated, findings, review.missingFacts);
  }
}
