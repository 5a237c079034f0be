/**
 * Getting material taken down: removal requests to a known poster (R-ST-5) and reports to the
 * host or provider (R-ST-6, R-ST-6a), with the rules their process steps enforce.
 */
package org.safecase.takedown;
