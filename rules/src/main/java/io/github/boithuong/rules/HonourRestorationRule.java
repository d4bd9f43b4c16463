package io.github.boithuong.rules;

import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.CaseEvent.ApologyPublished;
import io.github.boithuong.core.claim.CaseEvent.HonourRestorationAnswered;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.HonourAnswer;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.PublicationChannel;
import io.github.boithuong.core.claim.Step;
import io.github.boithuong.core.claim.StepStatus;
import io.github.boithuong.core.claim.Timetable;
import io.github.boithuong.core.claim.TimetableEntry;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Honour restoration (phục hồi danh dự) — Luật TNBTCNN 2017 Điều 56–59; Nghị định 68/2018 Điều
 * 22–25.
 *
 * <p>The agency notifies the injured person within 15 days of the day the basis document exists
 * (57.1); the injured person answers within 10 days (force majeure excluded); a refusal is final
 * (57.5); on consent or a later written request the agency holds the direct apology (criminal
 * procedure, 58) and publishes the apology (59) within 15 days. The publication: for an agency at the
 * central level, a central and a local newspaper; otherwise a local newspaper; in three consecutive
 * issues; on the agency's portal; and posted for 15 days at the commune People's Committee (Nghị định
 * 68/2018 Điều 25).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HonourRestorationRule extends GuardedRule implements Rule {

  private static final List<Citation> CITATIONS = List.of(
      Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 56),
      Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 57),
      Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 58),
      Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 59));
  private static final List<Step> STEPS = List.of(Step.NOTIFY_HONOUR_RESTORATION,
      Step.ANSWER_HONOUR_RESTORATION, Step.HOLD_APOLOGY, Step.PUBLISH_APOLOGY);
  /** Consecutive issues of a newspaper apology (Điều 59). */
  static final int CONSECUTIVE_ISSUES = 3;

  /** Creates the rule. */
  public HonourRestorationRule() {}

  @Override
  public String id() {
    return "honour-restoration";
  }

  @Override
  public BilingualText name() {
    return BilingualText.of("Phục hồi danh dự", "Honour restoration");
  }

  @Override
  public List<Citation> citations() {
    return CITATIONS;
  }

  /**
   * Gets where an agency must publish its apology (Điều 59; Nghị định 68/2018 Điều 25).
   *
   * @param level the resolving agency's level, not null
   * @return the channels, unmodifiable, not null
   */
  public static Set<PublicationChannel> requiredChannels(AgencyLevel level) {
    Objects.requireNonNull(level, "level");
    Set<PublicationChannel> channels = EnumSet.of(PublicationChannel.LOCAL_NEWSPAPER,
        PublicationChannel.AGENCY_PORTAL, PublicationChannel.COMMUNE_POSTING);
    if (level == AgencyLevel.CENTRAL) {
      channels.add(PublicationChannel.CENTRAL_NEWSPAPER);
    }
    return Set.copyOf(channels);
  }

  @Override
  Verdict judge(Claim claim, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    List<Finding> missing = new ArrayList<>();
    boolean criminal = claim.field() == LiabilityField.CRIMINAL_PROCEDURE;
    if (!criminal && !claim.content().honourRestorationRequested()) {
      return Verdicts.of(this, false, findings, missing);
    }
    if (claim.basisDocument().isEmpty()) {
      missing.add(Finding.of("MISSING_BASIS_DOCUMENT", Severity.WARNING)
          .cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 57, 1)).build());
    }
    Timetable timetable = Timetable.of(claim, context.calendar());
    LocalDate asOf = context.asOf();
    for (Step step : STEPS) {
      for (TimetableEntry e : timetable.entries(step)) {
        StepStatus status = e.status(asOf);
        boolean late = (status.kind() == StepStatus.Kind.OVERDUE || status.kind() == StepStatus.Kind.DONE_LATE)
            && step.nature() == Step.Nature.DUTY;
        findings.add(Finding.of(late ? "HONOUR_STEP_LATE" : "HONOUR_STEP", late ? Severity.ERROR : Severity.INFO)
            .cite(step.citation())
            .fact("step", step.name(), BilingualText.of(step.label(Show.VI), step.label(Locale.ENGLISH)))
            .fact("due", e.dueDate().toString(), Show.date(e.dueDate()))
            .fact("status", status.kind().name(),
                BilingualText.of(status.describe(Show.VI), status.describe(Locale.ENGLISH)))
            .build());
      }
    }
    claim.events(HonourRestorationAnswered.class).stream()
        .filter(a -> a.answer() == HonourAnswer.REFUSED).findFirst()
        .ifPresent(a -> findings.add(Finding.of("HONOUR_REFUSED_FINAL", Severity.INFO)
            .cite(HonourAnswer.REFUSED.citation())
            .fact("date", a.date().toString(), Show.date(a.date())).build()));
    Set<PublicationChannel> required = requiredChannels(claim.resolvingAgency().level());
    for (ApologyPublished p : claim.events(ApologyPublished.class)) {
      for (PublicationChannel channel : required) {
        if (!p.channels().contains(channel)) {
          findings.add(Finding.of("HONOUR_PUBLICATION_CHANNEL_MISSING", Severity.ERROR).cite(channel.citation())
              .fact("date", p.date().toString(), Show.date(p.date()))
              .fact("channel", channel.name(),
                  BilingualText.of(channel.label(Show.VI), channel.label(Locale.ENGLISH)))
              .build());
        }
      }
      if (p.consecutiveIssues() < CONSECUTIVE_ISSUES) {
        findings.add(Finding.of("HONOUR_PUBLICATION_TOO_FEW_ISSUES", Severity.ERROR)
            .cite(Citation.of(LegalText.STATE_COMPENSATION_LAW_2017, 59))
            .fact("date", p.date().toString(), Show.date(p.date()))
            .fact("issues", p.consecutiveIssues()).build());
      }
    }
    return Verdicts.of(this, true, findings, missing);
  }
}
