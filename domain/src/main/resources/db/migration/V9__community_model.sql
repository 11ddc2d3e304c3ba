-- Communities: thematic communities, their members, discussions, posts and shared documents.

CREATE TABLE community (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    name_it        VARCHAR(120)  NOT NULL,
    name_en        VARCHAR(120)  NOT NULL,
    description_it VARCHAR(2000),
    description_en VARCHAR(2000),
    theme          VARCHAR(40),
    created_by     VARCHAR(60)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE community_member (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    community_id BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    role         VARCHAR(20) NOT NULL,
    joined_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_community_member UNIQUE (community_id, account_id),
    CONSTRAINT fk_member_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_member_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE community_discussion (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    community_id      BIGINT       NOT NULL,
    challenge_id      BIGINT,
    theme             VARCHAR(40),
    title             VARCHAR(200) NOT NULL,
    author_account_id BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    last_post_at      DATETIME(6)  NOT NULL,
    locked            BOOLEAN      NOT NULL,
    visibility        VARCHAR(20)  NOT NULL,
    moderation_reason VARCHAR(500),
    moderated_by      VARCHAR(60),
    moderated_at      DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_discussion_community FOREIGN KEY (community_id) REFERENCES community (id),
    CONSTRAINT fk_discussion_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_discussion_author FOREIGN KEY (author_account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_discussion_community ON community_discussion (community_id, last_post_at);
CREATE INDEX ix_discussion_challenge ON community_discussion (challenge_id);

CREATE TABLE community_file (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE community_post (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    discussion_id     BIGINT      NOT NULL,
    author_account_id BIGINT      NOT NULL,
    body              LONGTEXT,
    created_at        DATETIME(6) NOT NULL,
    file_id           BIGINT,
    visibility        VARCHAR(20) NOT NULL,
    moderation_reason VARCHAR(500),
    moderated_by      VARCHAR(60),
    moderated_at      DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT fk_post_discussion FOREIGN KEY (discussion_id) REFERENCES community_discussion (id),
    CONSTRAINT fk_post_author FOREIGN KEY (author_account_id) REFERENCES account (id),
    CONSTRAINT fk_post_file FOREIGN KEY (file_id) REFERENCES community_file (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_post_discussion ON community_post (discussion_id, created_at);
