package io.github.boithuong.examples.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.ClaimantStanding;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.DossierItem;
import io.github.boithuong.core.claim.ExclusionScope;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.examples.json.EventTypes.EventType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Generates the JSON Schema (draft 2020-12) of the case format from the same tables the reader uses. */
final class CaseSchema {

  private CaseSchema() {}

  static ObjectNode schema() {
    ObjectNode s = Json.object();
    s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    s.put("$id", "https://github.com/boithuong/boithuong/blob/main/docs/case.schema.json");
    s.put("title", "boithuong case file, format version " + CaseFormat.VERSION);
    s.put("description", "A claim for state compensation under Luật TNBTCNN 10/2017/QH14 and"
        + " everything that happened in it. Generated from the reader's tables by `boithuong"
        + " schema`; documented in docs/case-format.md.");
    s.put("type", "object");
    s.put("additionalProperties", false);
    required(s, "formatVersion", "id", "claimant", "resolvingAgency", "field", "content");
    ObjectNode p = s.putObject("properties");
    p.putObject("$schema").put("type", "string")
        .put("description", "The schema, for editors; ignored by the reader.");
    p.putObject("formatVersion").put("const", CaseFormat.VERSION)
        .put("description", "The version of this format.");
    p.putObject("description").put("type", "string")
        .put("description", "A note for people; ignored by the reader.");
    p.set("id", text("The case's identifier in the integrator's system."));
    ObjectNode claimant = party("The claimant (người yêu cầu bồi thường) and their standing (Điều 5).");
    claimant.withObject("/properties").set("standing", ref("ClaimantStanding"));
    ((ArrayNode) claimant.get("required")).add("standing");
    p.set("claimant", claimant);
    p.set("injuredPerson", party("The injured person, when the claimant is someone else."));
    ObjectNode officials = p.putObject("officials").put("type", "array")
        .put("description", "The officials who caused the damage (người thi hành công vụ).");
    ObjectNode official = officials.putObject("items").put("type", "object")
        .put("additionalProperties", false);
    required(official, "name");
    official.putObject("properties").<ObjectNode>set("name", text("Name.")).set("position",
        Json.object().put("type", "string").put("description", "Position."));
    ObjectNode agency = p.putObject("resolvingAgency").put("type", "object")
        .put("additionalProperties", false)
        .put("description", "The resolving agency (cơ quan giải quyết bồi thường, Điều 33–39).");
    required(agency, "name", "kind", "level");
    ObjectNode ap = agency.putObject("properties");
    ap.set("name", text("Name."));
    ap.set("kind", ref("AgencyKind"));
    ap.set("level", ref("AgencyLevel"));
    ap.putObject("province").put("type", "string").put("description",
        "The province, which names the competent Sở Tư pháp (Nghị định 68/2018 Điều 21.2.b).");
    ap.putObject("centralBody").put("type", "boolean").put("default", false).put("description",
        "A central body of Nghị định 68/2018 Điều 19.3: the Bộ Tư pháp takes part instead.");
    p.set("field", ref("LiabilityField"));
    ObjectNode basis = p.putObject("basisDocument").put("type", "object")
        .put("additionalProperties", false)
        .put("description", "The basis document (văn bản làm căn cứ yêu cầu bồi thường, Điều 8–12).");
    required(basis, "description", "issuer", "issued");
    ObjectNode bp = basis.putObject("properties");
    bp.set("description", text("Which document."));
    bp.set("issuer", text("Who issued it."));
    bp.set("issued", ref("date"));
    bp.set("received", ref("date"));
    ObjectNode content = p.putObject("content").put("type", "object")
        .put("additionalProperties", false).put("description", "What the claim asks for (Điều 41.3).");
    ObjectNode cp = content.putObject("properties");
    ObjectNode damage = cp.putObject("damages").put("type", "array").putObject("items")
        .put("type", "object").put("additionalProperties", false);
    required(damage, "type", "amount");
    damage.putObject("properties").<ObjectNode>set("type", ref("DamageType"))
        .set("amount", ref("amount"));
    for (String flag : List.of("advanceRequested", "honourRestorationRequested",
        "basisDocumentCollectionRequested")) {
      cp.putObject(flag).put("type", "boolean").put("default", false);
    }
    cp.putObject("otherRights").put("type", "string");
    p.putObject("dossierItems").put("type", "array").put("uniqueItems", true)
        .set("items", ref("DossierItem"));
    ObjectNode excluded = p.putObject("excludedPeriods").put("type", "array")
        .put("description", "Days not counted (force majeure, objective obstacles; Điều 6.3, 42.3,"
            + " 52.3).").putObject("items").put("type", "object").put("additionalProperties", false);
    required(excluded, "scope", "startInclusive", "endInclusive", "reason");
    ObjectNode ep = excluded.putObject("properties");
    ep.set("scope", ref("ExclusionScope"));
    ep.set("startInclusive", ref("date"));
    ep.set("endInclusive", ref("date"));
    ep.set("reason", text("Why, as recorded in the case."));
    p.putObject("events").put("type", "array").put("description", "The dated events, any order.")
        .set("items", ref("event"));

    ObjectNode defs = s.putObject("$defs");
    defs.putObject("date").put("type", "string").put("format", "date")
        .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$").put("description", "YYYY-MM-DD.");
    defs.putObject("amount").put("type", "integer").put("description", "A whole number of đồng.");
    ObjectNode participant = defs.putObject("participant").put("type", "object")
        .put("additionalProperties", false);
    required(participant, "role", "name");
    participant.putObject("properties").<ObjectNode>set("role", ref("ParticipantRole"))
        .<ObjectNode>set("name", text("Name."))
        .set("organisation", Json.object().put("type", "string")
            .put("description", "Whom the person represents; empty or left out if not recorded."));
    Set<Class<? extends Enum<?>>> enums = new LinkedHashSet<>(List.of(ClaimantStanding.class,
        Party.Kind.class, AgencyKind.class, AgencyLevel.class, LiabilityField.class,
        DamageType.class, DossierItem.class, ExclusionScope.class, ParticipantRole.class));
    ArrayNode oneOf = defs.putObject("event").putArray("oneOf");
    for (EventType<?> type : EventTypes.all()) {
      oneOf.add(ref(type.name() + "Event"));
      ObjectNode e = defs.putObject(type.name() + "Event").put("type", "object")
          .put("additionalProperties", false).put("description", type.description());
      ArrayNode req = e.putArray("required").add("type");
      ObjectNode props = e.putObject("properties");
      props.putObject("type").put("const", type.name());
      for (FieldSpec f : type.fields()) {
        req.add(f.name());
        ObjectNode fs = switch (f.kind()) {
          case DATE -> ref("date");
          case AMOUNT -> ref("amount");
          case BOOLEAN -> Json.object().put("type", "boolean");
          case INTEGER -> Json.object().put("type", "integer");
          case TEXT -> Json.object().put("type", "string").put("minLength", 1);
          case ENUM -> {
            enums.add(f.enumType());
            yield ref(FieldSpec.enumName(f.enumType()));
          }
          case ENUM_LIST, ENUM_SET -> {
            enums.add(f.enumType());
            ObjectNode array = Json.object().put("type", "array");
            if (f.kind() == FieldSpec.Kind.ENUM_SET) {
              array.put("uniqueItems", true);
            }
            array.set("items", ref(FieldSpec.enumName(f.enumType())));
            yield array;
          }
          case PARTICIPANTS -> {
            ObjectNode array = Json.object().put("type", "array");
            array.set("items", ref("participant"));
            yield array;
          }
        };
        if (!fs.has("$ref")) {
          fs.put("description", f.description());
        }
        props.set(f.name(), fs);
      }
    }
    for (Class<? extends Enum<?>> type : enums) {
      ArrayNode values = defs.putObject(FieldSpec.enumName(type)).putArray("enum");
      FieldSpec.enumNames(type).forEach(values::add);
    }
    return s;
  }

  private static ObjectNode party(String description) {
    ObjectNode o = Json.object().put("type", "object").put("additionalProperties", false)
        .put("description", description);
    required(o, "name", "kind");
    ObjectNode p = o.putObject("properties");
    p.set("name", text("Name."));
    p.set("kind", ref("Party.Kind"));
    p.putObject("address").put("type", "string");
    return o;
  }

  private static ObjectNode text(String description) {
    return Json.object().put("type", "string").put("minLength", 1).put("description", description)
        .put("pattern", "\\S");
  }

  private static ObjectNode ref(String name) {
    return Json.object().put("$ref", "#/$defs/" + name);
  }

  private static void required(ObjectNode o, String... names) {
    ArrayNode r = o.putArray("required");
    for (String n : names) {
      r.add(n);
    }
  }
}
