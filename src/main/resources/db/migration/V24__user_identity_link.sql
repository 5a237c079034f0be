-- Issue #13 item 1: single sign-on. A SafeCase user is linked to an identity at the LA's OpenID
-- Connect provider by issuer and subject (the provider's stable id for the person), never by
-- e-mail: the e-mail an LA admin entered makes the first link, once, and a later change of e-mail
-- at the provider leaves the link alone. One link per user and provider; one user per identity.
CREATE TABLE user_identity_link (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT       NOT NULL,
    issuer    VARCHAR(255) NOT NULL,
    subject   VARCHAR(255) NOT NULL,
    linked_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_identity_link_subject UNIQUE (issuer, subject),
    CONSTRAINT uk_identity_link_user UNIQUE (user_id, issuer),
    CONSTRAINT fk_identity_link_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB;
