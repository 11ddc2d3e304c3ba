-- Market consultations: the questionnaire of a consultation and each organisation's answers.

CREATE TABLE consultation_question (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    challenge_id BIGINT        NOT NULL,
    question_order INT         NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    text_it      VARCHAR(1000) NOT NULL,
    text_en      VARCHAR(1000) NOT NULL,
    options_it   LONGTEXT,
    options_en   LONGTEXT,
    PRIMARY KEY (id),
    CONSTRAINT fk_question_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_question_challenge ON consultation_question (challenge_id, question_order);

CREATE TABLE consultation_response (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    challenge_id    BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    account_id      BIGINT      NOT NULL,
    submitted_at    DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_response_organisation UNIQUE (challenge_id, organisation_id),
    CONSTRAINT fk_response_challenge FOREIGN KEY (challenge_id) REFERENCES challenge (id),
    CONSTRAINT fk_response_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE consultation_answer (
    response_id BIGINT       NOT NULL,
    question_id BIGINT       NOT NULL,
    answer_text LONGTEXT,
    choices     VARCHAR(200),
    CONSTRAINT fk_answer_response FOREIGN KEY (response_id) REFERENCES consultation_response (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_answer_response ON consultation_answer (response_id);
