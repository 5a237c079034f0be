/**
 * Demo data for trying SafeCase out: one local authority, three schools and a user for every
 * role. Seeded only when {@code SAFECASE_DEMO_DATA=true}; never in production.
 */
package org.safecase.demo;
