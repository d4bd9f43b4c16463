package io.github.boithuong.rules;

import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.CaseEvent.AcceptanceRefused;
import io.github.boithuong.core.claim.CaseEvent.Accepted;
import io.github.boithuong.core.claim.CaseEvent.Continued;
import io.github.boithuong.core.claim.CaseEvent.DecisionCancelled;
import io.github.boithuong.core.claim.CaseEvent.DecisionCorrected;
import io.github.boithuong.core.claim.CaseEvent.DecisionIssued;
import io.github.boithuong.core.claim.CaseEvent.DocumentSent;
import io.github.boithuong.core.claim.CaseEvent.Postponed;
import io.github.boithuong.core.claim.CaseEvent.RecourseDecided;
import io.github.boithuong.core.claim.CaseEvent.ResolverAppointed;
import io.github.boithuong.core.claim.CaseEvent.Suspended;
import io.github.boithuong.core.claim.CaseEvent.Terminated;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.DocumentRecipient;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.StateManagementAgency;
import io.github.boithuong.core.claim.StateManagementDocument;
import io.github.boithuong.core.law.BilingualText;
import io.github.boithuong.core.law.Citation;
import io.github.boithuong.core.law.LegalText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The documents of the case the resolving agency must send to the state-management agency —
 * Thông tư 08/2019/TT-BTP Điều 12, applying Luật TNBTCNN 2017 Điều 15.7, 43.4, 48.5, 49.3, 50.4,
 * 51.3 and 66.4.
 *
 * <p>To whom (Điều 12.2): the central bodies of Nghị định 68/2018 Điều 19.3 and the provincial
 * People's Committees send to the Ministry of Justice; procedural, enforcement and administrative
 * bodies of the provinces, districts and communes send to the provincial People's Committee and the
 * Ministry of Justice (docs/interpretations.md R5). Only Điều 48.5 sets a time ("ngay",
 * immediately); for the others the law sets none, and the verdict says so.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentsToStateManagementRule extends GuardedRule implements Rule {

  private static final List<Citation> CITATIONS = List.of(Citation.of(LegalText.CIRCULAR_08_2019, 12));

  /** Creates the rule. */
  public DocumentsToStateManagementRule() {}

  @Override
  public String id() {
    return "documents-to-state-management";
  }

  @Override
  public BilingualText name() {
    return BilingualText.of("Gửi văn bản cho cơ quan quản lý nhà nước về công tác bồi thường",
        "Documents to send to the state-management agency");
  }

  @Override
  public List<Citation> citations() {
    return CITATIONS;
  }

  /**
   * Gets to whom a resolving agency sends its documents (Thông tư 08/2019/TT-BTP Điều 12.2).
   *
   * @param agency the resolving agency, not null
   * @return the recipients, unmodifiable, not null
   */
  public static Set<DocumentRecipient> recipients(ResolvingAgency agency) {
    Objects.requireNonNull(agency, "agency");
    boolean ministryOnly = agency.centralBody() || agency.level() == AgencyLevel.CENTRAL
        || agency.kind() == AgencyKind.PROVINCIAL_PEOPLES_COMMITTEE;
    return ministryOnly ? Set.of(DocumentRecipient.MINISTRY_OF_JUSTICE)
        : Set.of(DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE, DocumentRecipient.MINISTRY_OF_JUSTICE);
  }

  @Override
  Verdict judge(Claim claim, RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Set<DocumentRecipient> recipients = recipients(claim.resolvingAgency());
    Citation to = Citation.of(LegalText.CIRCULAR_08_2019, 12, 2);
    List<Due> due = new ArrayList<>();
    for (CaseEvent e : claim.events()) {
      StateManagementDocument doc = documentFor(e);
      if (doc != null && due.stream().noneMatch(d -> d.document == doc && d.date.equals(e.date()))) {
        due.add(new Due(doc, e.date()));
      }
    }
    for (Due d : due) {
      Set<DocumentRecipient> sentTo = EnumSet.noneOf(DocumentRecipient.class);
      // The day the last recipient was sent it: a sending to only some recipients does not count
      // as sending (Điều 48.5 "ngay" is met only when every recipient has it).
      LocalDate completed = null;
      for (DocumentSent s : claim.events(DocumentSent.class)) {
        if (s.document() == d.document && !s.date().isBefore(d.date)) {
          sentTo.addAll(s.recipients());
          if (completed == null && sentTo.containsAll(recipients)) {
            completed = s.date();
          }
        }
      }
      Set<DocumentRecipient> notSent = EnumSet.copyOf(recipients);
      notSent.removeAll(sentTo);
      boolean immediate = d.document == StateManagementDocument.CANCELLATION_OR_CORRECTION;
      Finding.Builder f;
      if (notSent.isEmpty()) {
        boolean late = immediate && completed.isAfter(d.date);
        f = Finding.of(late ? "DOCUMENT_SENT_LATE" : "DOCUMENT_SENT", late ? Severity.ERROR : Severity.INFO);
      } else if (immediate) {
        boolean overdue = context.asOf().isAfter(d.date);
        f = Finding.of(overdue ? "DOCUMENT_NOT_SENT_IMMEDIATELY" : "DOCUMENT_TO_SEND_TODAY",
            overdue ? Severity.ERROR : Severity.WARNING);
      } else {
        f = Finding.of("DOCUMENT_NOT_SENT_NO_DEADLINE", Severity.WARNING);
      }
      f.cite(d.document.citation(), to)
          .fact("document", d.document.name(),
              BilingualText.of(d.document.label(Show.VI), d.document.label(Locale.ENGLISH)))
          .fact("date", d.date.toString(), Show.date(d.date))
          .fact("recipients", (notSent.isEmpty() ? recipients : notSent).stream().map(Enum::name)
                  .collect(Collectors.joining(",")), names(notSent.isEmpty() ? recipients : notSent, claim));
      findings.add(f.build());
    }
    return Verdicts.of(this, !due.isEmpty(), findings, List.of());
  }

  private static BilingualText names(Set<DocumentRecipient> recipients, Claim claim) {
    List<String> vi = new ArrayList<>();
    List<String> en = new ArrayList<>();
    String province = claim.resolvingAgency().province().orElse("?");
    // "thành phố Hà Nội", "tỉnh Quảng Ngãi": the department's own jurisdiction knows which.
    Optional<StateManagementAgency> department = claim.resolvingAgency().stateManagementAgency()
        .filter(a -> a.jurisdiction(Show.VI).isPresent());
    String whereVi = department.flatMap(a -> a.jurisdiction(Show.VI)).orElse("tỉnh " + province);
    String whereEn = department.flatMap(a -> a.jurisdiction(Locale.ENGLISH))
        .orElse(province + " province");
    for (DocumentRecipient r : List.of(DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE,
        DocumentRecipient.MINISTRY_OF_JUSTICE)) {
      if (recipients.contains(r)) {
        vi.add(r == DocumentRecipient.MINISTRY_OF_JUSTICE ? "Bộ Tư pháp" : "Ủy ban nhân dân " + whereVi);
        en.add(r == DocumentRecipient.MINISTRY_OF_JUSTICE ? "the Ministry of Justice"
            : "the People's Committee of " + whereEn);
      }
    }
    return BilingualText.of(String.join(" và ", vi), String.join(" and ", en));
  }

  private static StateManagementDocument documentFor(CaseEvent e) {
    if (e instanceof Accepted || e instanceof AcceptanceRefused || e instanceof ResolverAppointed) {
      return StateManagementDocument.ACCEPTANCE_NOTICE;
    } else if (e instanceof DecisionIssued) {
      return StateManagementDocument.COMPENSATION_DECISION;
    } else if (e instanceof DecisionCancelled || e instanceof DecisionCorrected) {
      return StateManagementDocument.CANCELLATION_OR_CORRECTION;
    } else if (e instanceof Postponed) {
      return StateManagementDocument.POSTPONEMENT;
    } else if (e instanceof Suspended || e instanceof Continued) {
      return StateManagementDocument.SUSPENSION_OR_CONTINUATION;
    } else if (e instanceof Terminated) {
      return StateManagementDocument.TERMINATION;
    } else if (e instanceof RecourseDecided) {
      return StateManagementDocument.RECOURSE_DECISION;
    }
    return null;
  }

  private static final class Due {
    final StateManagementDocument document;
    final LocalDate date;

    Due(StateManagementDocument document, LocalDate date) {
      this.document = document;
      this.date = date;
    }
  }
}
