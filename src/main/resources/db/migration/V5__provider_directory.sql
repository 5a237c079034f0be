-- R-ST-6, R-ST-8: the provider directory, seeded from Appendix 1 of the union's guidance
-- (mobile networks' nuisance-call lines; reporting routes of social networks, hosts, messengers,
-- chat and live streaming; the professionals' helpline). LA admins keep it up to date.
CREATE TABLE provider (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(100)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    reporting_route VARCHAR(1000) NOT NULL,
    phone           VARCHAR(200)  NULL,
    email           VARCHAR(254)  NULL,
    web_address     VARCHAR(500)  NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_provider_name UNIQUE (name),
    INDEX ix_provider_kind_name (kind, name)
) ENGINE = InnoDB;

INSERT INTO provider (name, kind, reporting_route, phone, email, web_address, updated_at) VALUES
('O2', 'MOBILE_NETWORK', 'Nuisance and malicious call, text and picture message team. From your O2 mobile: 202 (pay monthly) or 4445 (pay as you go). They can change the number and work with the police to trace calls.', '03448 090 020 (pay monthly); 03448 090 222 (pay as you go)', NULL, NULL, NOW(6)),
('Vodafone', 'MOBILE_NETWORK', 'Nuisance and malicious call team. From your Vodafone mobile: 191. They can change the number and work with the police to trace calls.', '08700 700 191 (pay monthly); 08700 776 655 (pay as you go)', NULL, NULL, NOW(6)),
('Three', 'MOBILE_NETWORK', 'Nuisance and malicious call team. From your Three mobile: 333. They can change the number and work with the police to trace calls.', '08707 330 333', NULL, NULL, NOW(6)),
('EE (Orange and T-Mobile)', 'MOBILE_NETWORK', 'Nuisance and malicious call team. From your EE mobile: 150. They can change the number and work with the police to trace calls.', '07953 966 250', NULL, NULL, NOW(6)),
('Virgin Mobile', 'MOBILE_NETWORK', 'Nuisance and malicious call team. From your Virgin mobile: 789. They can change the number and work with the police to trace calls.', '0345 6000 789', NULL, NULL, NOW(6)),
('BT', 'MOBILE_NETWORK', 'Nuisance call advice line.', '08000 328 751', NULL, NULL, NOW(6)),
('Facebook', 'SOCIAL_NETWORK', 'Read Facebook''s rules, then use Report to Facebook or the Facebook Safety Centre.', NULL, NULL, NULL, NOW(6)),
('Instagram', 'SOCIAL_NETWORK', 'Read Instagram''s rules, then use Report to Instagram or the Instagram Safety Centre.', NULL, NULL, NULL, NOW(6)),
('Twitter', 'SOCIAL_NETWORK', 'Read Twitter''s rules, then use Reporting to Twitter.', NULL, NULL, NULL, NOW(6)),
('Vine', 'SOCIAL_NETWORK', 'Read Vine''s rules, then use Contacting Vine and reporting.', NULL, NULL, NULL, NOW(6)),
('Kik Messenger', 'SOCIAL_NETWORK', 'Read Kik''s rules, then use Reporting to Kik or the Kik Help Centre.', NULL, NULL, NULL, NOW(6)),
('Ask.fm', 'SOCIAL_NETWORK', 'Read Ask.fm''s terms of service. You do not need to be logged in to report: move the mouse over the post on someone else''s profile and use the drop-down arrow to report it.', NULL, NULL, NULL, NOW(6)),
('Tumblr', 'SOCIAL_NETWORK', 'Read Tumblr''s rules, then report to Tumblr by e-mail. Take a screen shot as evidence and attach it to the e-mail.', NULL, NULL, NULL, NOW(6)),
('Kiwi', 'SOCIAL_NETWORK', 'Read Kiwi''s rules, then use Report to Kiwi.', NULL, NULL, NULL, NOW(6)),
('YouTube', 'VIDEO_PHOTO_HOST', 'Logged-in YouTube members can report inappropriate content; see also YouTube''s rules and Safety Centre.', NULL, NULL, NULL, NOW(6)),
('Flickr', 'VIDEO_PHOTO_HOST', 'Use the Report Abuse link at the bottom of each page; logged-in members can use "flag this photo" on individual pictures.', NULL, NULL, NULL, NOW(6)),
('WhatsApp', 'MESSENGER', 'The FAQs explain how to block other users. There is no abuse reporting service, but details can be e-mailed.', NULL, 'support@whatsapp.com', NULL, NOW(6)),
('Snapchat', 'MESSENGER', 'Safety information and reporting options are on Snapchat''s safety pages.', NULL, NULL, NULL, NOW(6)),
('Skype', 'MESSENGER', 'Follow Skype''s advice on reporting abuse. Archived or recorded conversations are the best evidence.', NULL, NULL, NULL, NOW(6)),
('Chatrooms, forums and message boards', 'CHAT_FORUM', 'Use the service''s reporting mechanism to contact the provider or moderators; users who abuse the service can have their accounts deleted and moderators can remove content that breaks the terms of use.', NULL, NULL, NULL, NOW(6)),
('YouNow', 'LIVE_STREAMING', 'Safety information and how to contact a moderator are on YouNow''s pages.', NULL, NULL, NULL, NOW(6)),
('Periscope', 'LIVE_STREAMING', 'Report inappropriate content as Periscope''s help pages describe; its terms of service say what is not allowed.', NULL, NULL, NULL, NOW(6)),
('Professionals Online Safety Helpline (UK Safer Internet Centre)', 'HELPLINE', 'Help for professionals working with children and young people, including staff protecting their own online reputation. Open 10am to 4pm, Monday to Friday. Escalate here when a provider has not removed material after the waiting time.', '0844 381 4772', 'helpline@saferinternet.org.uk', NULL, NOW(6));
