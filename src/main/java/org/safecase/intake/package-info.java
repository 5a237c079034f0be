/**
 * Reporting an incident: validating what the reporter says at the boundary, recording it with
 * a reference (R-ST-1), starting its process and acknowledging it with the guidance the
 * reporter needs at that moment (R-ST-2, R-ST-3).
 */
package org.safecase.intake;
