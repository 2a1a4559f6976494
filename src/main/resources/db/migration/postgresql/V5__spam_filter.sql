-- What the learning spam filter has been taught: for each token, how many spam and how many good
-- (ham) comments held it. The row with the empty token counts the comments themselves.
CREATE TABLE spam_tokens (
    token TEXT    PRIMARY KEY,
    spam  BIGINT  NOT NULL DEFAULT 0,
    ham   BIGINT  NOT NULL DEFAULT 0
);
