/**
 * Referrals outside the school: for staff cases, the police referral (R-ST-3, R-ST-10,
 * R-ST-14) and the rules its process steps enforce.
 */
package org.safecase.referral;
