/**
 * Legal texts, citations of their provisions (Điều, khoản, điểm) and bilingual explanations that
 * point back to them.
 */
package io.github.boithuong.core.law;
