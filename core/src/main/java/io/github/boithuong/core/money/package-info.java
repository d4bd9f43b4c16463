/**
 * Money under the Law on State Compensation Liability: dated legal parameters (lương cơ sở, lương
 * tối thiểu vùng and the divisors the Law fixes), the damages whose amount the text settles
 * (Luật TNBTCNN 2017 Điều 22–28, the advance of Điều 44) and the official's recourse (hoàn trả,
 * Điều 64–68; Nghị định 68/2018/NĐ-CP Điều 26–27).
 *
 * <p>Every amount is exact: whole đồng ({@link io.github.boithuong.core.claim.Vnd}) computed from
 * {@link java.math.BigDecimal} values, rounded once, by a stated rule, and explained step by step
 * with its citations. Where the law leaves a choice to a person (the recourse council's amount
 * within a range, the head's reduction, a valuation that needs evidence), the library asks for it
 * and never picks a number itself.
 */
package io.github.boithuong.core.money;
