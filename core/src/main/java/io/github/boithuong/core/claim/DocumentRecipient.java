package io.github.boithuong.core.claim;

/** To whom a document of the case is sent under Thông tư 08/2019/TT-BTP Điều 12.2. */
public enum DocumentRecipient {
  /** The Ministry of Justice (Bộ Tư pháp). */
  MINISTRY_OF_JUSTICE,
  /** The provincial People's Committee (Ủy ban nhân dân cấp tỉnh), through its Sở Tư pháp. */
  PROVINCIAL_PEOPLES_COMMITTEE
}
