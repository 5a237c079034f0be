/**
 * Telling people that a task waits for them (R-ST-4): one e-mail per new task to the people who
 * can work on it, with a link and no case content, sent by a background job; outside school
 * hours held until the next school morning unless urgent (R-X-1a).
 */
package org.safecase.notification;
