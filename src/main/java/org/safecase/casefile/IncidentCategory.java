package org.safecase.casefile;

/** The seven incident categories of DOMAIN.md, numbered as there. */
public enum IncidentCategory {
    CYBERBULLYING(1),
    HARMFUL_CONTENT(2),
    IMPERSONATION(3),
    PHONE_ABUSE(4),
    NUDE_IMAGES(5),
    PUBLISHED_ALLEGATION(6),
    OTHER(7);

    private final int number;

    IncidentCategory(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** Category 5 is child protection: DSL only, never the general inbox (R-SX-1). */
    public boolean isChildProtection() {
        return this == NUDE_IMAGES;
    }
}
