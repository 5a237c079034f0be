/**
 * School working time (R-X-1): UK bank holidays by nation, each school's own closures, and
 * school hours. Every deadline and timer counts working time only, so nothing falls due in
 * an evening, at a weekend, on a bank holiday or in a school holiday.
 */
package org.safecase.calendar;
