-- Staff roles: moderators beside administrators. SQLite cannot change a column's CHECK constraint in place, so the
-- role moves to a new column with the wider constraint (the account rows and every reference to them stay).
ALTER TABLE accounts ADD COLUMN new_role TEXT NOT NULL DEFAULT 'user' CHECK (new_role IN ('admin', 'moderator', 'user'));
UPDATE accounts SET new_role = role;
ALTER TABLE accounts DROP COLUMN role;
ALTER TABLE accounts RENAME COLUMN new_role TO role;
