-- A national round writes 7.65 million ranked choices (the upload) and 850,000 outcomes (the run). Each foreign
-- key fired a trigger per row that probed and share-locked the referenced row, which made the inserts several
-- times slower than the rows and their unique indexes alone (900,000 preference rows: 111 s against 18 s; the
-- outcomes' COPY spent 13 s on 100,000 rows; docs/benchmarks.md). The keys checked nothing their only writers do
-- not check already, in the same transaction:
-- - round_preference is written only by PreferenceStaging, which under the round's shared lock refuses the whole
--   upload unless each row names an existing student of the uploader's school, an offer of this round, a rank
--   within the cap and no duplicate;
-- - round_assignment is written only by the run, holding the round's exclusive lock, from the students it read
--   and the placements it created a moment before.
-- Rounds, their offers, students and placements are never deleted, so no row can lose its referent afterwards.
alter table round_preference drop constraint round_preference_round_id_fkey;
alter table round_preference drop constraint round_preference_student_id_fkey;
alter table round_preference drop constraint round_preference_round_id_offer_id_fkey;
alter table round_assignment drop constraint round_assignment_round_id_fkey;
alter table round_assignment drop constraint round_assignment_student_id_fkey;
alter table round_assignment drop constraint round_assignment_placement_id_fkey;
