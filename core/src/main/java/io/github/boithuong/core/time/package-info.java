/**
 * Legal periods and deadlines, counted as the Civil Code 2015 prescribes (Điều 144–148, 151) on
 * Vietnam's working-day calendar.
 */
package io.github.boithuong.core.time;
