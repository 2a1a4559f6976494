-- When a user deletes their account, their comments stay in the threads but forget who wrote
-- them: name, e-mail, website, address and browser are wiped, and this records when.
ALTER TABLE comments ADD COLUMN author_forgotten_at BIGINT;
