package io.github.boithuong.examples.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.Official;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.Vnd;
import io.github.boithuong.examples.json.EventTypes.EventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Writes a claim in the canonical form of the case format: fixed field order, defaults left out. */
final class CaseWriter {

  private CaseWriter() {}

  static ObjectNode write(Claim claim) {
    ObjectNode o = Json.object();
    o.put("formatVersion", CaseFormat.VERSION);
    o.put("id", claim.id());
    ObjectNode claimant = party(claim.claimant().party());
    claimant.put("standing", claim.claimant().standing().name());
    o.set("claimant", claimant);
    claim.injuredPerson().ifPresent(p -> o.set("injuredPerson", party(p)));
    if (!claim.officials().isEmpty()) {
      ArrayNode officials = o.putArray("officials");
      for (Official official : claim.officials()) {
        ObjectNode n = officials.addObject().put("name", official.name());
        official.position().ifPresent(p -> n.put("position", p));
      }
    }
    ResolvingAgency agency = claim.resolvingAgency();
    ObjectNode a = o.putObject("resolvingAgency").put("name", agency.name())
        .put("kind", agency.kind().name()).put("level", agency.level().name());
    agency.province().ifPresent(p -> a.put("province", p));
    if (agency.centralBody()) {
      a.put("centralBody", true);
    }
    o.put("field", claim.field().name());
    claim.basisDocument().ifPresent(b -> o.set("basisDocument", basis(b)));
    o.set("content", content(claim.content()));
    if (!claim.dossierItems().isEmpty()) {
      ArrayNode items = o.putArray("dossierItems");
      claim.dossierItems().stream().sorted(Comparator.naturalOrder())
          .forEach(i -> items.add(i.name()));
    }
    if (!claim.excludedPeriods().isEmpty()) {
      ArrayNode periods = o.putArray("excludedPeriods");
      for (ExcludedPeriod p : claim.excludedPeriods()) {
        periods.addObject().put("scope", p.scope().name())
            .put("startInclusive", p.startInclusive().toString())
            .put("endInclusive", p.endInclusive().toString()).put("reason", p.reason());
      }
    }
    ArrayNode events = o.putArray("events");
    for (CaseEvent e : claim.events()) {
      events.add(event(e));
    }
    return o;
  }

  private static ObjectNode party(Party party) {
    ObjectNode n = Json.object().put("name", party.name()).put("kind", party.kind().name());
    party.address().ifPresent(a -> n.put("address", a));
    return n;
  }

  private static ObjectNode basis(BasisDocument b) {
    ObjectNode n = Json.object().put("description", b.description()).put("issuer", b.issuer())
        .put("issued", b.issued().toString());
    b.received().ifPresent(r -> n.put("received", r.toString()));
    return n;
  }

  private static ObjectNode content(ClaimContent c) {
    ObjectNode n = Json.object();
    ArrayNode damages = n.putArray("damages");
    for (ClaimedDamage d : c.damages()) {
      damages.addObject().put("type", d.type().name()).put("amount", d.amount().amount());
    }
    if (c.advanceRequested()) {
      n.put("advanceRequested", true);
    }
    if (c.honourRestorationRequested()) {
      n.put("honourRestorationRequested", true);
    }
    if (c.basisDocumentCollectionRequested()) {
      n.put("basisDocumentCollectionRequested", true);
    }
    c.otherRights().ifPresent(r -> n.put("otherRights", r));
    return n;
  }

  static ObjectNode event(CaseEvent e) {
    EventType<?> type = EventTypes.of(e);
    ObjectNode n = Json.object().put("type", type.name());
    List<Object> values = type.values(e);
    for (int i = 0; i < type.fields().size(); i++) {
      FieldSpec f = type.fields().get(i);
      Object v = values.get(i);
      switch (f.kind()) {
        case DATE -> n.put(f.name(), ((LocalDate) v).toString());
        case AMOUNT -> n.put(f.name(), ((Vnd) v).amount());
        case BOOLEAN -> n.put(f.name(), (Boolean) v);
        case INTEGER -> n.put(f.name(), (Integer) v);
        case TEXT -> n.put(f.name(), (String) v);
        case ENUM -> n.put(f.name(), ((Enum<?>) v).name());
        case ENUM_LIST -> {
          ArrayNode list = n.putArray(f.name());
          for (Object item : (List<?>) v) {
            list.add(((Enum<?>) item).name());
          }
        }
        case ENUM_SET -> {
          ArrayNode set = n.putArray(f.name());
          List<Enum<?>> sorted = new ArrayList<>();
          for (Object item : (java.util.Collection<?>) v) {
            sorted.add((Enum<?>) item);
          }
          sorted.sort(Comparator.comparingInt(Enum::ordinal));
          sorted.forEach(item -> set.add(item.name()));
        }
        case PARTICIPANTS -> {
          ArrayNode people = n.putArray(f.name());
          for (Object item : (List<?>) v) {
            Participant p = (Participant) item;
            ObjectNode pn = people.addObject().put("role", p.role().name()).put("name", p.name());
            if (!p.organisation().isEmpty()) {
              pn.put("organisation", p.organisation());
            }
          }
        }
      }
    }
    return n;
  }
}
