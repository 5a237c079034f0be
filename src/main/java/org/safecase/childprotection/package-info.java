/**
 * Child-protection incidents (nude images among pupils, category 5): the rules the DSL's steps
 * enforce (R-SX-3..R-SX-10), the record kept for each child, and the DSL's actions on the case
 * (refer now, close). Routing and visibility (R-SX-1) live in identity and casefile.
 */
package org.safecase.childprotection;
