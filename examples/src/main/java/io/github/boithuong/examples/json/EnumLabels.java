package io.github.boithuong.examples.json;

import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.CancellationGround;
import io.github.boithuong.core.claim.ClaimantStanding;
import io.github.boithuong.core.claim.ComplexityGround;
import io.github.boithuong.core.claim.CourtRoute;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.DocumentRecipient;
import io.github.boithuong.core.claim.DossierItem;
import io.github.boithuong.core.claim.ExclusionScope;
import io.github.boithuong.core.claim.FilingMethod;
import io.github.boithuong.core.claim.FundingDossierItem;
import io.github.boithuong.core.claim.HonourAnswer;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.NegotiationContentItem;
import io.github.boithuong.core.claim.NonAcceptanceGround;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.claim.PublicationChannel;
import io.github.boithuong.core.claim.SessionStep;
import io.github.boithuong.core.claim.StateManagementDocument;
import io.github.boithuong.core.claim.SuspensionGround;
import io.github.boithuong.core.claim.TerminationGround;
import java.util.Locale;

/** The labels of the library's enumerations in Vietnamese and English, by explicit dispatch. */
final class EnumLabels {

  private EnumLabels() {}

  static String label(Enum<?> value, Locale locale) {
    boolean vi = "vi".equals(locale.getLanguage());
    if (value instanceof FilingMethod v) {
      return v.label(locale);
    } else if (value instanceof DossierItem v) {
      return v.label(locale);
    } else if (value instanceof NonAcceptanceGround v) {
      return v.label(locale);
    } else if (value instanceof ComplexityGround v) {
      return v.label(locale);
    } else if (value instanceof ParticipantRole v) {
      return v.label(locale);
    } else if (value instanceof CancellationGround v) {
      return v.label(locale);
    } else if (value instanceof SuspensionGround v) {
      return v.label(locale);
    } else if (value instanceof TerminationGround v) {
      return v.label(locale);
    } else if (value instanceof StateManagementDocument v) {
      return v.label(locale);
    } else if (value instanceof NegotiationContentItem v) {
      return v.label(locale);
    } else if (value instanceof SessionStep v) {
      return v.label(locale);
    } else if (value instanceof FundingDossierItem v) {
      return v.label(locale);
    } else if (value instanceof CourtRoute v) {
      return v.label(locale);
    } else if (value instanceof ClaimantStanding v) {
      return v.label(locale);
    } else if (value instanceof AgencyKind v) {
      return v.label(locale);
    } else if (value instanceof AgencyLevel v) {
      return v.label(locale);
    } else if (value instanceof LiabilityField v) {
      return v.label(locale);
    } else if (value instanceof DamageType v) {
      return v.label(locale);
    } else if (value instanceof HonourAnswer v) {
      return v.label(locale);
    } else if (value instanceof PublicationChannel v) {
      return v.label(locale);
    } else if (value instanceof ExclusionScope v) {
      return v.label(locale);
    } else if (value == DocumentRecipient.MINISTRY_OF_JUSTICE) {
      return vi ? "Bộ Tư pháp" : "the Ministry of Justice";
    } else if (value == DocumentRecipient.PROVINCIAL_PEOPLES_COMMITTEE) {
      return vi ? "Ủy ban nhân dân cấp tỉnh" : "the provincial People's Committee";
    } else if (value == Party.Kind.INDIVIDUAL) {
      return vi ? "cá nhân" : "individual";
    } else if (value == Party.Kind.ORGANISATION) {
      return vi ? "tổ chức" : "organisation";
    }
    return value.name();
  }
}
