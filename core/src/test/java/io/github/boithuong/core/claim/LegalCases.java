package io.github.boithuong.core.claim;

import static org.quicktheories.generators.SourceDSL.longs;

import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent.*;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * A generator of lawful cases for the property tests: a random walk along the procedure, from
 * receipt through acceptance, verification, negotiation, the decision, funding, payment and
 * recourse, stopping at a random step, with random delays (sometimes late), optional completion
 * requests, advances, postponements, complex-case grounds and agreed extensions. Every case it makes
 * is lawful: each event follows the events it legally depends on. Starts are spread over 2019–2028
 * (official and provisional years, across Tết).
 */
final class LegalCases {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
  private static final long FIRST = LocalDate.of(2019, 1, 1).toEpochDay();
  private static final int SPAN = 365 * 10;

  private LegalCases() {}

  static Gen<Claim> claims() {
    return longs().all().map(seed -> make(new SplittableRandom(seed)));
  }

  static Claim make(SplittableRandom r) {
    Claim c = Fixtures.claim(r.nextInt(4) == 0 ? 6_000_000_000L : 50_000_000L + r.nextInt(1_000_000));
    LocalDate day = LocalDate.ofEpochDay(FIRST + r.nextInt(SPAN));
    FilingMethod method = FilingMethod.values()[r.nextInt(2)];
    c = c.with(new DossierReceived(day, method));
    if (method == FilingMethod.BY_POST) {
      c = c.with(new ReceiptAcknowledged(wd(r, day, 3)));
    }
    if (r.nextBoolean()) {
      day = wd(r, day, 6);
      c = c.with(new CompletionRequested(day, List.of(DossierItem.IDENTITY_PROOF), false));
      day = wd(r, day, 6);
      c = c.with(new DossierCompleted(day));
    }
    if (stop(r)) {
      return c;
    }
    day = wd(r, day, 3);
    LocalDate accepted = day;
    c = c.with(new Accepted(day));
    c = c.with(new ResolverAppointed(wd(r, day, 3), "Người giải quyết", true, false, false));
    if (r.nextInt(3) == 0) {
      c = c.with(new ComplexCaseDetermined(accepted, ComplexityGround.SEVERAL_LOCATIONS));
    }
    if (r.nextInt(4) == 0) {
      LocalDate requested = days(r, accepted, 5);
      c = c.with(new PostponementRequested(requested));
      LocalDate decided = wd(r, requested, 2);
      c = c.with(new Postponed(decided, decided.plusDays(1 + r.nextInt(30))));
    }
    if (r.nextInt(4) == 0) {
      c = c.with(new VerificationExtensionAgreed(days(r, accepted, 10), 1 + r.nextInt(15), true));
    }
    if (stop(r)) {
      return c;
    }
    day = days(r, accepted, 40);
    c = c.with(new VerificationCompleted(day));
    day = wd(r, day, 4);
    c = c.with(new VerificationReportCompleted(day));
    if (stop(r)) {
      return c;
    }
    day = wd(r, day, 3);
    LocalDate firstSession = day;
    c = c.with(new NegotiationSession(day, List.of()));
    if (r.nextInt(4) == 0) {
      c = c.with(new NegotiationExtensionAgreed(days(r, firstSession, 8), 1 + r.nextInt(10)));
    }
    if (r.nextBoolean()) {
      day = days(r, day, 8);
      c = c.with(new NegotiationSession(day, List.of()));
    }
    day = days(r, day, 10);
    boolean success = r.nextInt(5) != 0;
    c = c.with(new NegotiationConcluded(day, success, List.of()));
    if (!success || stop(r)) {
      return c;
    }
    c = c.with(new DecisionIssued(day, Vnd.of(40_000_000L)));
    c = c.with(new DecisionHandedOver(day));
    if (stop(r)) {
      return c;
    }
    day = CALENDAR.plusWorkingDays(day.plusDays(16), r.nextInt(3));
    c = c.with(new FundingRequested(day));
    day = wd(r, day, 6);
    c = c.with(new FundsGranted(day, Vnd.of(40_000_000L)));
    day = wd(r, day, 3);
    c = c.with(new PaymentNoticeSent(day));
    day = days(r, day, 3);
    c = c.with(new PaymentNoticeReceived(day));
    day = wd(r, day, 3);
    c = c.with(new Paid(day, Vnd.of(40_000_000L)));
    if (stop(r)) {
      return c;
    }
    day = days(r, day, 12);
    c = c.with(new RecourseCouncilEstablished(day, false));
    day = days(r, day, 22);
    c = c.with(new RecourseRecommended(day));
    return c.with(new RecourseDecided(wd(r, day, 4)));
  }

  private static boolean stop(SplittableRandom r) {
    return r.nextInt(6) == 0;
  }

  /** Up to {@code max} working days later (0 = the same day). */
  private static LocalDate wd(SplittableRandom r, LocalDate from, int max) {
    return CALENDAR.plusWorkingDays(from, r.nextInt(max + 1));
  }

  /** Up to {@code max} days later. */
  private static LocalDate days(SplittableRandom r, LocalDate from, int max) {
    return from.plusDays(r.nextInt(max + 1));
  }
}
