package org.safecase.takedown;

/** The kinds of service in the provider directory (Appendix 1 of the guidance). */
public enum ProviderKind {
    MOBILE_NETWORK,
    SOCIAL_NETWORK,
    VIDEO_PHOTO_HOST,
    MESSENGER,
    CHAT_FORUM,
    LIVE_STREAMING,
    HELPLINE
}
