/**
 * Vietnam's calendars for legal time: the lunar calendar ({@link
 * io.github.boithuong.core.calendar.LunarDate}, âm lịch), the public holidays and the civil
 * service's working days ({@link io.github.boithuong.core.calendar.WorkingCalendar}).
 */
package io.github.boithuong.core.calendar;
