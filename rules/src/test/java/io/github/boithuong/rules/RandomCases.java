package io.github.boithuong.rules;

import io.github.boithuong.core.claim.AgencyKind;
import io.github.boithuong.core.claim.AgencyLevel;
import io.github.boithuong.core.claim.BasisDocument;
import io.github.boithuong.core.claim.CaseEvent;
import io.github.boithuong.core.claim.Claim;
import io.github.boithuong.core.claim.ClaimContent;
import io.github.boithuong.core.claim.ClaimantStanding;
import io.github.boithuong.core.claim.Claimant;
import io.github.boithuong.core.claim.ClaimedDamage;
import io.github.boithuong.core.claim.DamageType;
import io.github.boithuong.core.claim.DossierItem;
import io.github.boithuong.core.claim.ExcludedPeriod;
import io.github.boithuong.core.claim.ExclusionScope;
import io.github.boithuong.core.claim.LiabilityField;
import io.github.boithuong.core.claim.Official;
import io.github.boithuong.core.claim.Participant;
import io.github.boithuong.core.claim.ParticipantRole;
import io.github.boithuong.core.claim.Party;
import io.github.boithuong.core.claim.ResolvingAgency;
import io.github.boithuong.core.claim.Vnd;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates random cases, valid and invalid, from a seed (docs/quality.md, "Random input").
 *
 * <p>A case is built in one of four modes, chosen by the seed:
 * <ul>
 *   <li><b>lawful</b> (a fifth of the seeds): a complete, lawful case of the rules' seeds, with or
 *       without the state-management agency at the negotiation, all dates moved together;
 *   <li><b>procedural</b> (two fifths): the event types in the order the law runs them (the
 *       declaration order of {@link CaseEvent}), each kept with probability 0.35–0.9, dates rising
 *       by 0–20 days from a start in 2018–2027; realistic cases with missing steps and gaps;
 *   <li><b>shuffled</b>: 0–25 events of any type in any order with any of the dates below;
 *   <li><b>hostile</b>: like shuffled, but every date, string, number and amount is taken from the
 *       extreme pools.
 * </ul>
 *
 * <p>Every component of an event is generated from its declared type through the record's
 * canonical constructor, so a new event type is covered without touching this class. Pools:
 * dates (realistic 2018–2027, 29 February of 2020/2024/2028, the calendar's edges 1999-12-31,
 * 2000-01-01, 2199-12-31, 2200-01-01, year 1 and year 9999); strings (empty, blank, control
 * characters, 10,000 characters, Vietnamese with combining marks); integers (negative, zero,
 * {@code Integer.MIN_VALUE}/{@code MAX_VALUE}); amounts (negative, zero, {@code Long.MAX_VALUE},
 * {@code Long.MIN_VALUE}, up to 10<sup>13</sup> đồng).
 *
 * <p>A component the library refuses as a programming error (null, blank name, end before start)
 * makes the constructor throw; the generator counts it and leaves that event or attribute out.
 */
final class RandomCases {

  /** What one seed produced. */
  record Generated(Claim claim, LocalDate asOf, int rejectedParts) {}

  private static final LocalDate[] EXTREME_DATES = {
    LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(1999, 12, 31),
    LocalDate.of(2000, 1, 1), LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1),
    LocalDate.of(2020, 2, 29), LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29),
    LocalDate.of(2017, 6, 30), LocalDate.of(2018, 7, 1)
  };

  private static final String[] STRINGS = {
    "Nguyễn Văn An", "Ủy ban nhân dân phường Nghĩa Lộ", "Sở Tư pháp tỉnh Quảng Ngãi",
    "Hà Nội", "Quảng Ngãi", "Thành phố Hồ Chí Minh", "Atlantis", "", " ", "\t\n", "\u0000",
    "Nguye\u0302\u0303n", "\u202Eabc", "🙂", "x".repeat(10_000), "a,b;\"c\"\r\nd"
  };

  private static final int[] INTS = {
    0, 1, -1, 2, 5, 10, 15, 30, 60, 366, Integer.MAX_VALUE, Integer.MIN_VALUE
  };

  private static final long[] AMOUNTS = {
    0, 1, -1, 100_000_000, 5_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 2
  };

  private static final Class<?>[] EVENT_TYPES = CaseEvent.class.getPermittedSubclasses();

  private RandomCases() {}

  static int eventTypeCount() {
    return EVENT_TYPES.length;
  }

  /** Builds the case of a seed; null when the claim itself was refused (counted by the caller). */
  static Generated generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int mode = random.nextInt(5);
    if (mode == 4) {
      return shiftedSeed(random);
    }
    boolean hostile = mode == 3;
    Source source = new Source(random, hostile);
    int[] rejected = {0};
    Claim claim;
    try {
      claim = baseClaim(source, rejected);
    } catch (NullPointerException | IllegalArgumentException | IllegalStateException e) {
      requireNamedMessage(e);
      return new Generated(null, source.date(), rejected[0] + 1);
    }
    if (mode <= 1) {
      LocalDate date = LocalDate.of(2018 + random.nextInt(10), 1 + random.nextInt(12), 1)
          .plusDays(random.nextInt(28));
      double keep = 0.35 + random.nextDouble() * 0.55;
      for (Class<?> type : EVENT_TYPES) {
        if (random.nextDouble() < keep) {
          date = date.plusDays(random.nextInt(21));
          claim = add(claim, type, source, date, rejected);
        }
      }
    } else {
      int n = random.nextInt(26);
      for (int i = 0; i < n; i++) {
        claim = add(claim, EVENT_TYPES[random.nextInt(EVENT_TYPES.length)], source, source.date(),
            rejected);
      }
    }
    LocalDate asOf = random.nextInt(5) == 0 ? source.date()
        : claim.events().isEmpty() ? LocalDate.of(2025, 6, 2)
        : claim.events().get(claim.events().size() - 1).date().plusDays(random.nextInt(400));
    return new Generated(claim, asOf, rejected[0]);
  }

  /**
   * A lawful case of the rules' seeds ({@link Cases#decided}), for one of four agencies, with or
   * without the state-management agency at the table, every date moved by the same 0–3,000 days.
   */
  private static Generated shiftedSeed(SplittableRandom random) {
    ResolvingAgency agency = new ResolvingAgency[] {Cases.WARD_QUANG_NGAI,
        Cases.DEPARTMENT_BINH_DUONG, Cases.MINISTRY_HANOI, Cases.POLICE_THANH_HOA}[random.nextInt(4)];
    List<Participant> people = Cases.fullSession(agency);
    if (random.nextBoolean()) {
      people = Cases.without(people, ParticipantRole.STATE_MANAGEMENT_AGENCY);
    }
    Claim seed = Cases.decided(agency, LiabilityField.ADMINISTRATIVE_MANAGEMENT, people);
    int days = random.nextInt(3000) - 2000;
    Claim.Builder shifted = Claim.builder().from(seed).events(List.of());
    for (CaseEvent e : seed.events()) {
      shifted.addEvents(withDate(e, e.date().plusDays(days)));
    }
    Claim claim = shifted.build();
    LocalDate last = claim.events().get(claim.events().size() - 1).date();
    return new Generated(claim, last.plusDays(random.nextInt(400)), 0);
  }

  private static CaseEvent withDate(CaseEvent e, LocalDate date) {
    RecordComponent[] components = e.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      try {
        values[i] = components[i].getName().equals("date") ? date
            : components[i].getAccessor().invoke(e);
      } catch (ReflectiveOperationException ex) {
        throw new AssertionError(ex);
      }
    }
    return construct(e.getClass(), types, values);
  }

  private static Claim add(Claim claim, Class<?> type, Source source, LocalDate date, int[] rejected) {
    try {
      return claim.with(event(type, source, date));
    } catch (NullPointerException | IllegalArgumentException | IllegalStateException e) {
      requireNamedMessage(e);
      rejected[0]++;
      return claim;
    }
  }

  private static Claim baseClaim(Source s, int[] rejected) {
    ResolvingAgency.Builder agency = ResolvingAgency.builder()
        .name(s.string())
        .kind(s.pick(AgencyKind.values()))
        .level(s.pick(AgencyLevel.values()))
        .centralBody(s.random.nextInt(4) == 0);
    if (s.random.nextInt(6) != 0) {
      agency.province(s.string());
    }
    Party party = s.random.nextBoolean() ? Party.individual(s.string()) : Party.organisation(s.string());
    Claim.Builder claim = Claim.builder()
        .id(s.random.nextInt(10) == 0 ? s.string() : "CASE-" + s.random.nextInt(1_000_000))
        .claimant(Claimant.of(party, s.pick(ClaimantStanding.values())))
        .resolvingAgency(agency.build())
        .field(s.pick(LiabilityField.values()));
    if (s.random.nextInt(4) != 0) {
      BasisDocument.Builder basis = BasisDocument.builder()
          .description(s.string()).issuer(s.string()).issued(s.date());
      if (s.random.nextBoolean()) {
        basis.received(s.date());
      }
      claim.basisDocument(basis.build());
    }
    for (DossierItem item : DossierItem.values()) {
      if (s.random.nextInt(3) != 0) {
        claim.addDossierItems(item);
      }
    }
    ClaimContent.Builder content = ClaimContent.builder();
    int damages = s.random.nextInt(5);
    for (int i = 0; i < damages; i++) {
      content.addDamages(ClaimedDamage.of(s.pick(DamageType.values()), s.amount()));
    }
    claim.content(content.build());
    int officials = s.random.nextInt(3);
    for (int i = 0; i < officials; i++) {
      try {
        claim.addOfficials(Official.of(s.string()));
      } catch (NullPointerException | IllegalArgumentException | IllegalStateException e) {
        requireNamedMessage(e);
        rejected[0]++;
      }
    }
    int periods = s.random.nextInt(3);
    for (int i = 0; i < periods; i++) {
      try {
        LocalDate start = s.date();
        LocalDate end = s.random.nextInt(5) == 0 ? s.date() : start.plusDays(s.random.nextInt(40));
        claim.addExcludedPeriods(
            new ExcludedPeriod(s.pick(ExclusionScope.values()), start, end, s.string()));
      } catch (NullPointerException | IllegalArgumentException | IllegalStateException
          | java.time.DateTimeException e) {
        requireNamedMessage(e);
        rejected[0]++;
      }
    }
    return claim.build();
  }

  private static CaseEvent event(Class<?> type, Source source, LocalDate date) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    boolean first = true;
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      if (types[i] == LocalDate.class && first) {
        values[i] = date;
        first = false;
      } else {
        values[i] = source.value(components[i].getGenericType());
      }
    }
    return construct(type, types, values);
  }

  private static CaseEvent construct(Class<?> type, Class<?>[] types, Object[] values) {
    try {
      Constructor<?> constructor = type.getDeclaredConstructor(types);
      return (CaseEvent) constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type + ": no canonical constructor", e);
    }
  }

  /** A documented programming error names what is wrong. */
  static void requireNamedMessage(RuntimeException e) {
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      throw new AssertionError("a refusal without a message", e);
    }
  }

  /** Values of every type an event component can have. */
  private static final class Source {
    final SplittableRandom random;
    final boolean hostile;

    Source(SplittableRandom random, boolean hostile) {
      this.random = random;
      this.hostile = hostile;
    }

    <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    LocalDate date() {
      if (hostile || random.nextInt(8) == 0) {
        return pick(EXTREME_DATES);
      }
      return LocalDate.of(2018, 1, 1).plusDays(random.nextInt(3650));
    }

    String string() {
      return hostile || random.nextInt(5) == 0 ? pick(STRINGS) : pick(STRINGS_PLAIN);
    }

    int integer() {
      return hostile || random.nextInt(4) == 0 ? INTS[random.nextInt(INTS.length)]
          : random.nextInt(40);
    }

    Vnd amount() {
      return Vnd.of(hostile || random.nextInt(6) == 0 ? AMOUNTS[random.nextInt(AMOUNTS.length)]
          : random.nextLong(10_000_000_000_000L));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Object value(Type type) {
      if (type instanceof ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        Class<?> element = (Class<?>) p.getActualTypeArguments()[0];
        int n = random.nextInt(hostile ? 8 : 5);
        if (raw == List.class) {
          List<Object> list = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            list.add(value(element));
          }
          return list;
        }
        if (raw == Set.class) {
          if (element.isEnum()) {
            Set set = EnumSet.noneOf((Class<Enum>) element);
            for (int i = 0; i < n; i++) {
              set.add(value(element));
            }
            return set;
          }
          Set<Object> set = new HashSet<>();
          for (int i = 0; i < n; i++) {
            set.add(value(element));
          }
          return set;
        }
        throw new AssertionError("no generator for " + type);
      }
      Class<?> c = (Class<?>) type;
      if (c == LocalDate.class) {
        return date();
      } else if (c == boolean.class) {
        return random.nextBoolean();
      } else if (c == int.class) {
        return integer();
      } else if (c == String.class) {
        return string();
      } else if (c == Vnd.class) {
        return amount();
      } else if (c.isEnum()) {
        return pick(c.getEnumConstants());
      } else if (c == Participant.class) {
        return participant();
      }
      throw new AssertionError("no generator for " + type);
    }

    Participant participant() {
      ParticipantRole role = pick(ParticipantRole.values());
      // Mostly well-formed participants, so that sessions are judged rather than refused.
      if (!hostile && random.nextInt(4) != 0) {
        return new Participant(role, pick(STRINGS_PLAIN), pick(ORGANISATIONS));
      }
      return new Participant(role, string(), string());
    }
  }

  private static final String[] STRINGS_PLAIN = {
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Minh Đức"
  };

  private static final String[] ORGANISATIONS = {
    "", "Ủy ban nhân dân phường Nghĩa Lộ", "Sở Tư pháp tỉnh Quảng Ngãi", "Sở Tư pháp",
    "Bộ Tư pháp", "Phòng Tư pháp", "Sở Tài chính"
  };
}
