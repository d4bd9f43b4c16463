package io.github.boithuong.rules;

import static io.github.boithuong.rules.Cases.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.ResolvingAgency;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws of the rules over generated compositions and event orders. */
class RulesPropertiesTest {

  private static final List<ResolvingAgency> AGENCIES =
      List.of(WARD_QUANG_NGAI, DEPARTMENT_BINH_DUONG, MINISTRY_HANOI, POLICE_THANH_HOA);
  private static final List<ParticipantRole> ROLES = List.of(ParticipantRole.values());
  private final Rule rule = new NegotiationParticipationRule();

  /**
   * A random composition: a random subset of roles, the state-management agency rightly named, and
   * always someone invited under Điều 46.3.e, so that the participants are recorded (an empty list
   * means "not recorded" and leaves the verdict undecidable).
   */
  private static List<Participant> composition(ResolvingAgency agency, int mask) {
    List<Participant> people = new ArrayList<>();
    people.add(Participant.of(ParticipantRole.OTHER, "Đại diện tổ dân phố"));
    for (int i = 0; i < ROLES.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        ParticipantRole role = ROLES.get(i);
        String organisation = role == ParticipantRole.STATE_MANAGEMENT_AGENCY
            ? agency.stateManagementAgency().orElseThrow().name(VI) : "";
        people.add(new Participant(role, "Người " + i, organisation));
      }
    }
    return people;
  }

  private static LiabilityField field(ResolvingAgency agency) {
    return agency == POLICE_THANH_HOA ? LiabilityField.CRIMINAL_PROCEDURE : LiabilityField.ADMINISTRATIVE_MANAGEMENT;
  }

  private long errors(Claim claim) {
    return rule.evaluate(claim, at(2024, 3, 20)).findings(Severity.ERROR).size();
  }

  /** Adding a required participant never creates a finding. */
  @Test
  void addingARequiredParticipant_neverCreatesAFinding() {
    qt().withExamples(3000).forAll(integers().between(0, AGENCIES.size() - 1),
            integers().between(0, (1 << ROLES.size()) - 1), integers().between(0, 4))
        .check((a, mask, r) -> {
          ResolvingAgency agency = AGENCIES.get(a);
          List<ParticipantRole> required = new ArrayList<>(List.of(ParticipantRole.CHAIR, ParticipantRole.RESOLVER,
              ParticipantRole.CLAIMANT, ParticipantRole.STATE_MANAGEMENT_AGENCY, ParticipantRole.PROCURACY));
          int bit = ROLES.indexOf(required.get(r));
          List<Participant> before = composition(agency, mask & ~(1 << bit));
          List<Participant> after = composition(agency, mask | (1 << bit));
          return errors(decided(agency, field(agency), after)) <= errors(decided(agency, field(agency), before));
        });
  }

  /** Removing a required participant always creates a finding. */
  @Test
  void removingARequiredParticipant_alwaysCreatesAFinding() {
    qt().withExamples(3000).forAll(integers().between(0, AGENCIES.size() - 1),
            integers().between(0, (1 << ROLES.size()) - 1), integers().between(0, 3))
        .check((a, mask, r) -> {
          ResolvingAgency agency = AGENCIES.get(a);
          ParticipantRole role = List.of(ParticipantRole.CHAIR, ParticipantRole.RESOLVER,
              ParticipantRole.CLAIMANT, ParticipantRole.STATE_MANAGEMENT_AGENCY).get(r);
          List<Participant> without = composition(agency, mask & ~(1 << ROLES.indexOf(role)));
          Verdict v = rule.evaluate(decided(agency, field(agency), without), at(2024, 3, 20));
          return v.findings(Severity.ERROR).stream()
              .anyMatch(f -> role.name().equals(f.facts().get("role")));
        });
  }

  /** Evaluation is deterministic and independent of the order of events recorded on one day. */
  @Test
  void everyRule_deterministic_andIndependentOfSameDayOrder() {
    qt().withExamples(500).forAll(integers().between(0, AGENCIES.size() - 1),
            integers().between(0, (1 << ROLES.size()) - 1), integers().all())
        .check((a, mask, seed) -> {
          ResolvingAgency agency = AGENCIES.get(a);
          Claim claim = decided(agency, field(agency), composition(agency, mask));
          List<CaseEvent> shuffled = new ArrayList<>(claim.events());
          Collections.shuffle(shuffled, new Random(seed));
          Claim other = Claim.builder().from(claim).events(shuffled).build();
          RuleContext context = at(2024, 4, 8);
          String once = RuleSet.standard().assess(claim, context).render(VI);
          return once.equals(RuleSet.standard().assess(claim, context).render(VI))
              && once.equals(RuleSet.standard().assess(other, context).render(VI));
        });
  }
}
