package io.github.boithuong.benchmarks;

import de.focus_shift.jollyday.core.HolidayManager;
import io.github.boithuong.core.calendar.CalendarOptions;
import io.github.boithuong.core.calendar.DayKind;
import io.github.boithuong.core.calendar.Occasion;
import io.github.boithuong.core.calendar.WorkingCalendar;
import io.github.boithuong.core.claim.CaseEvent.NegotiationConcluded;
import io.github.boithuong.core.claim.CaseEvent.NegotiationInvited;
import io.github.boithuong.core.claim.CaseEvent.NegotiationSession;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.rules.Finding;
import io.github.boithuong.rules.NegotiationParticipationRule;
import io.github.boithuong.rules.RuleContext;
import io.github.boithuong.rules.Verdict;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.objectlab.kit.datecalc.jdk8.LocalDateKitCalculatorsFactory;

/**
 * Checks that the sides of each comparison answer the same question before their costs are
 * compared, and says where they differ: {@code java -cp benchmarks.jar
 * io.github.boithuong.benchmarks.CrossCheck}. Exits with 1 if the DMN table and the rule disagree.
 */
public final class CrossCheck {

  private static final ParticipantRole[] DMN_ROLES = {
    ParticipantRole.CHAIR, ParticipantRole.RESOLVER, ParticipantRole.CLAIMANT,
    ParticipantRole.STATE_MANAGEMENT_AGENCY, ParticipantRole.PROCURACY, ParticipantRole.OFFICIAL_AT_FAULT,
  };

  private CrossCheck() {}

  public static void main(String[] args) {
    PrintStream out = System.out;
    WorkingCalendar calendar = WorkingCalendar.vietnam();
    calendarAgreement(calendar, out);
    plusWorkingDaysAgreement(calendar, out);
    int disagreements = participationAgreement(calendar, out);
    if (disagreements > 0) {
      System.exit(1);
    }
  }

  /** Days of 2018–2026 on which jollyday's and ObjectLab's answers differ from boithuong's. */
  static void calendarAgreement(WorkingCalendar calendar, PrintStream out) {
    HolidayManager jollyday = Competitors.jollyday();
    var objectLab = Competitors.objectLabCalculator(Competitors.objectLab(calendar));
    int days = 0;
    int jollydayWrong = 0;
    int jollydayWrongTet = 0;
    int objectLabWrong = 0;
    List<LocalDate> objectLabWrongDays = new ArrayList<>();
    for (LocalDate d = Competitors.FIRST_OFFICIAL; !d.isAfter(Competitors.LAST_OFFICIAL); d = d.plusDays(1)) {
      days++;
      boolean working = calendar.isWorkingDay(d);
      boolean jollydayWorking = !Competitors.isWeekend(d) && !jollyday.isHoliday(d);
      if (working != jollydayWorking) {
        jollydayWrong++;
        if (calendar.day(d).occasions().contains(Occasion.LUNAR_NEW_YEAR)) {
          jollydayWrongTet++;
        }
      }
      if (working == objectLab.isNonWorkingDay(d)) {
        objectLabWrong++;
        objectLabWrongDays.add(d);
      }
    }
    out.printf("calendar 2018-2026 (%d days): jollyday VN differs on %d days (%d of them Tết days);"
        + " ObjectLab differs on %d days: %s (make-up Saturdays: %s)%n", days, jollydayWrong,
        jollydayWrongTet, objectLabWrong, objectLabWrongDays,
        objectLabWrongDays.stream().allMatch(d -> calendar.day(d).kind() == DayKind.MAKE_UP_WORKING_DAY));
  }

  /** plusWorkingDays against ObjectLab and the jollyday stepping, on the benchmark's starts. */
  static void plusWorkingDaysAgreement(WorkingCalendar calendar, PrintStream out) {
    LocalDateKitCalculatorsFactory factory = Competitors.objectLab(calendar);
    HolidayManager jollyday = Competitors.jollyday();
    LocalDate[] starts = StartDates.between(calendar, Competitors.FIRST_OFFICIAL,
        PlusWorkingDaysBenchmark.LAST_START, 20180216L);
    long tetStarts = Arrays.stream(starts).filter(d -> !calendar.isWorkingDay(d)
        && calendar.day(d).occasions().contains(Occasion.LUNAR_NEW_YEAR)).count();
    out.printf("starts: %d from %s to %s, %d on a working day, %d on a Tết day off%n", starts.length,
        Arrays.stream(starts).min(LocalDate::compareTo).orElseThrow(),
        Arrays.stream(starts).max(LocalDate::compareTo).orElseThrow(),
        Arrays.stream(starts).filter(calendar::isWorkingDay).count(), tetStarts);
    // ObjectLab cannot make a Saturday a working day: with make-up Saturdays off, boithuong and
    // ObjectLab must give the same answer from every working-day start.
    WorkingCalendar withoutMakeUpSaturdays = WorkingCalendar.vietnam(
        CalendarOptions.defaults().withMakeUpSaturdayIsWorkingDay(false));
    for (int n : new int[] {5, 15, 60, 365}) {
      int objectLabSame = 0;
      int objectLabSameFromWorkingDay = 0;
      int fromWorkingDay = 0;
      int jollydaySame = 0;
      for (LocalDate start : starts) {
        LocalDate expected = calendar.plusWorkingDays(start, n);
        LocalDate ol = Competitors.objectLabCalculator(factory).setStartDate(start)
            .moveByBusinessDays(n).getCurrentBusinessDate();
        boolean working = calendar.isWorkingDay(start);
        if (working) {
          fromWorkingDay++;
        }
        if (ol.equals(expected)) {
          objectLabSame++;
          if (working) {
            objectLabSameFromWorkingDay++;
          }
        }
        if (Competitors.jollydayPlusWorkingDays(jollyday, start, n).equals(expected)) {
          jollydaySame++;
        }
      }
      int sameWithoutMakeUp = 0;
      for (LocalDate start : starts) {
        if (withoutMakeUpSaturdays.isWorkingDay(start)
            && withoutMakeUpSaturdays.plusWorkingDays(start, n).equals(Competitors.objectLabCalculator(factory)
                .setStartDate(start).moveByBusinessDays(n).getCurrentBusinessDate())) {
          sameWithoutMakeUp++;
        }
      }
      out.printf("n=%d: ObjectLab agrees on %d/%d starts (%d/%d starting on a working day; %d/%d with"
          + " make-up Saturdays off in boithuong too); jollyday stepping agrees on %d/%d%n", n,
          objectLabSame, starts.length, objectLabSameFromWorkingDay, fromWorkingDay, sameWithoutMakeUp,
          Arrays.stream(starts).filter(withoutMakeUpSaturdays::isWorkingDay).count(),
          jollydaySame, starts.length);
    }
  }

  /** The DMN table against the rule on every combination of its 8 inputs. */
  static int participationAgreement(WorkingCalendar calendar, PrintStream out) {
    ParticipationDmn dmn = new ParticipationDmn();
    NegotiationParticipationRule rule = new NegotiationParticipationRule();
    RuleContext context = RuleContext.of(LocalDate.of(2024, 3, 20), calendar);
    int combinations = 0;
    int disagreements = 0;
    for (int mask = 0; mask < 256; mask++) {
      boolean criminal = (mask & 64) != 0;
      boolean officialRequired = (mask & 128) != 0;
      List<Participant> people = new ArrayList<>();
      for (int r = 0; r < DMN_ROLES.length; r++) {
        if ((mask & (1 << r)) != 0) {
          people.add(participant(DMN_ROLES[r]));
        }
      }
      // Never an empty list: the rule reports an empty one as a missing fact, not as absences.
      people.add(Participant.of(ParticipantRole.OTHER, "Người dân phường"));
      Claim claim = Fixtures.negotiated(Fixtures.DEPARTMENT_BINH_DUONG,
          criminal ? LiabilityField.CRIMINAL_PROCEDURE : LiabilityField.ADMINISTRATIVE_MANAGEMENT, people);
      if (officialRequired) {
        claim = claim.with(new NegotiationInvited(LocalDate.of(2024, 3, 5), ParticipantRole.OFFICIAL_AT_FAULT, true));
      }
      combinations++;
      if (!sameDecision(rule, dmn, claim, context)) {
        disagreements++;
        out.println("DMN and rule disagree on input mask " + Integer.toBinaryString(mask));
      }
    }
    out.printf("participation: DMN table and NegotiationParticipationRule agree on %d/%d input"
        + " combinations (each with one session and one minute)%n", combinations - disagreements, combinations);
    return disagreements;
  }

  private static Participant participant(ParticipantRole role) {
    String org = role == ParticipantRole.STATE_MANAGEMENT_AGENCY
        ? Fixtures.DEPARTMENT_BINH_DUONG.stateManagementAgency().orElseThrow().name(Fixtures.VI) : "";
    return new Participant(role, "Người " + role.name(), org);
  }

  /** The roles the rule finds missing, per session then per minute, as the DMN side reports them. */
  static List<List<String>> ruleMissingRoles(Verdict verdict, Claim claim) {
    List<List<String>> result = new ArrayList<>();
    for (NegotiationSession s : claim.events(NegotiationSession.class)) {
      result.add(roles(verdict, "NEGOTIATION_MISSING_PARTICIPANT", "session", s.date()));
    }
    for (NegotiationConcluded m : claim.events(NegotiationConcluded.class)) {
      result.add(roles(verdict, "NEGOTIATION_MINUTE_NOT_SIGNED", "minute", m.date()));
    }
    return result;
  }

  private static List<String> roles(Verdict verdict, String code, String key, LocalDate date) {
    List<String> roles = new ArrayList<>();
    for (Finding f : verdict.findings()) {
      if (f.code().equals(code) && date.toString().equals(f.facts().get(key))) {
        roles.add(f.facts().get("role"));
      }
    }
    return roles;
  }

  static boolean sameDecision(NegotiationParticipationRule rule, ParticipationDmn dmn, Claim claim,
      RuleContext context) {
    List<List<String>> expected = ruleMissingRoles(rule.evaluate(claim, context), claim);
    List<ParticipationDmn.Decision> decisions = dmn.decide(claim);
    List<List<String>> actual = new ArrayList<>();
    for (ParticipationDmn.Decision d : decisions) {
      if (d.complete() != d.missingRoles().isEmpty()) {
        return false;
      }
      actual.add(d.missingRoles());
    }
    return expected.equals(actual);
  }

  /** Used by the benchmark's set-up: never measure two sides that answer differently. */
  static void requireSameParticipationDecision(NegotiationParticipationRule rule, ParticipationDmn dmn,
      Claim claim, RuleContext context) {
    if (!sameDecision(rule, dmn, claim, context)) {
      throw new IllegalStateException("the DMN table and the rule disagree on the benchmark's case: "
          + ruleMissingRoles(rule.evaluate(claim, context), claim) + " vs " + dmn.decide(claim));
    }
  }
}
