/**
 * boithuong core: Vietnam's legal time engine and the vocabulary of the Law on State
 * Compensation Liability (Luật Trách nhiệm bồi thường của Nhà nước, 10/2017/QH14).
 *
 * <ul>
 *   <li>{@code io.github.boithuong.core.calendar}: the Vietnamese lunar calendar (âm lịch), public
 *       holidays and the civil service's working days;
 *   <li>{@code io.github.boithuong.core.time}: legal periods and deadlines counted as the Civil
 *       Code 2015 (Điều 144–148, 151) prescribes;
 *   <li>{@code io.github.boithuong.core.law}: citations of legal texts;
 *   <li>{@code io.github.boithuong.core.claim}: the claim as an immutable case, its validation and
 *       its legal timetable;
 *   <li>{@code io.github.boithuong.core.money}: dated legal parameters, damages and recourse.
 * </ul>
 */
@SuppressWarnings("requires-automatic")
module io.github.boithuong.core {
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires transitive io.vavr;
  requires org.slf4j;

  exports io.github.boithuong.core.calendar;
  exports io.github.boithuong.core.claim;
  exports io.github.boithuong.core.law;
  exports io.github.boithuong.core.money;
  exports io.github.boithuong.core.time;
}
