-- A national round's upload writes 7.65 million ranked choices; each foreign key of round_preference fired a
-- trigger and an index probe per row, which made the insert about six times slower than the rows and their two
-- unique indexes alone (900,000 rows: 111 s against 18 s, docs/benchmarks.md). The keys checked nothing the
-- only writer does not check already: every row reaches this table through PreferenceStaging, which in the same
-- transaction and under the round's shared lock refuses the whole upload unless each row names a student of the
-- uploader's school that exists, an offer of this round, a rank within the cap and no duplicate. Rounds, their
-- offers and students are never deleted, so no row can lose its referent afterwards.
alter table round_preference drop constraint round_preference_round_id_fkey;
alter table round_preference drop constraint round_preference_student_id_fkey;
alter table round_preference drop constraint round_preference_round_id_offer_id_fkey;
