-- A round's placements and their applications name the round they came from (round_id). Only the run writes
-- them, from the round it has just read and fixed, and rounds are never deleted, so the two keys checked nothing
-- the writer does not know already; each fired a trigger per row, two of a national round's ~10 per match. The
-- placements' and applications' other keys (offer, student, application) stay: other writers share those tables.
alter table application drop constraint application_round_id_fkey;
alter table placement drop constraint placement_round_id_fkey;
