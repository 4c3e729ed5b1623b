-- Code lists kept by administrators (issue 6 §1). Portable SQL as in V1.
--
-- origin: BUNDLED rows come from jixiao-core's files and are kept in step with them at every start;
-- ADMIN rows were added, renamed, imported or removed by an administrator, and the files no longer touch them.
-- retired: a code an administrator removed from the year's list. The row stays, so that the bundled files do
-- not bring the code back at the next start; the lists and the checker leave it out.
ALTER TABLE code_list_entries ADD COLUMN origin VARCHAR(8) DEFAULT 'BUNDLED' NOT NULL;
ALTER TABLE code_list_entries ADD COLUMN retired BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE code_list_entries ADD CONSTRAINT code_list_entries_origin_known CHECK (origin IN ('BUNDLED', 'ADMIN'));

-- One row: a counter raised in the same transaction as every change to code_list_entries. Each instance keeps
-- the lists in memory and reads this counter before a check; a different value means "read the lists again".
CREATE TABLE code_list_state (
    id           INTEGER PRIMARY KEY,
    change_count BIGINT  NOT NULL,
    CONSTRAINT code_list_state_one_row CHECK (id = 1)
);
INSERT INTO code_list_state (id, change_count) VALUES (1, 0);
