/**
 * Matching rounds' algorithms, plain Java on primitive arrays with no framework (ArchitectureTest keeps this
 * package to {@code java.*}), so they can be unit tested, property tested and benchmarked alone.
 *
 * <p>{@link vn.practica.placement.matching.algorithm.MatchingInstance} is a round's input (students' ranked
 * offers end to end, a priority key per edge, seats, optional business-wide capacities);
 * {@link vn.practica.placement.matching.algorithm.PriorityKeys} and
 * {@link vn.practica.placement.matching.algorithm.Lottery} make the keys (business score, else coverage, then the
 * published lottery); {@link vn.practica.placement.matching.algorithm.DeferredAcceptance} (college admissions)
 * and {@link vn.practica.placement.matching.algorithm.StudentProjectAllocation} (with business-wide capacities,
 * Abraham–Irving–Manlove SPA-student, business order by
 * {@link vn.practica.placement.matching.algorithm.BusinessPriorities}) return a
 * {@link vn.practica.placement.matching.algorithm.Matching}: assignment, cut-offs, a
 * {@link vn.practica.placement.matching.algorithm.ChoiceReason} per edge and a fingerprint;
 * {@link vn.practica.placement.matching.algorithm.StabilityVerifier} checks any assignment against the
 * definitions. Benchmark: {@code NationalRoundBenchmark} in the tests, run by {@code bench/matching-bench.sh}.
 */
package vn.practica.placement.matching.algorithm;
