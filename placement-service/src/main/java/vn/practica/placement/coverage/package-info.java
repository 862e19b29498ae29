/**
 * Competency coverage: which competency items a student's programme teaches (catalog's course→competency
 * mappings, kept by {@code catalog-reference} as {@code program_competency}) and how offers rank by it, for
 * "for me" and as matching rounds' default priority. {@link vn.practica.placement.coverage.CompetencyCoverageService}
 * reads, {@link vn.practica.placement.coverage.Coverage} is one offer's overlap,
 * {@link vn.practica.placement.coverage.CoverageRanking} is the maths (no framework).
 *
 * <p>The order, everywhere: more required items covered first; then fewer missing; then the caller's
 * tie-break (for "for me" the application deadline, for a round the published lottery number); then the id.
 *
 * <p><b>"For me" is ranked in memory</b> (the measured decision: bench/ForMeInMemory.java against
 * bench/for-me-coverage.sh, docs/benchmarks.md). {@link vn.practica.placement.coverage.OfferIndex} holds the open
 * offers students apply to as dense item numbers laid end to end ({@code offsets}, {@code items}) with their
 * deadlines, field, province, work mode and audience, in id order, about 60 bytes an offer (6 MB at 100,000);
 * {@link vn.practica.placement.coverage.ForMeRanking} makes one pass per request: filters and eligibility, covered
 * counts against the programme's bitset, a heap of the page's size keyed by (covered desc, missing, deadline, id),
 * after the cursor's position. When the programme covers nothing (catalog has not announced it) "missing" is not
 * a key: every offer covers 0 and the order is the deadline's. The Quarkus side is in {@code offer}:
 * {@code OpenOfferIndexKeeper} keeps each instance's index in step with the offer table whoever wrote it (the
 * published offers changed since its last read, every second, looking back a 10 s commit window; everything every
 * 5 minutes), so with several instances on one database a change shows everywhere within about a second;
 * {@code OfferForMeService} reads the page's offers fresh and shows {@code Coverage.of(covered, required)}.
 *
 * <p><b>"For me" in one SQL query</b>, the alternative measured and not taken (86–119 ms median unfiltered at
 * 100,000 offers on our loaded machine, bench/for-me-coverage.sh), with the offers feature's
 * {@code offer(id, status, valid_through, required_item_count)} and
 * {@code offer_required_item(offer_id, item_id)} indexed on {@code (item_id, offer_id)}:
 *
 * <pre>{@code
 * with covered as (
 *     select pc.item_id from program_competency pc
 *     join curriculum_program p on p.id = pc.program_id
 *     where p.school_id = :schoolId and p.sourced_id = :programSourcedId and p.status = 'active'
 * ), matched as (
 *     select r.offer_id, count(*) as covered_count
 *     from offer_required_item r join covered c on c.item_id = r.item_id
 *     group by r.offer_id
 * )
 * select o.id, m.covered_count, o.required_item_count,
 *        (select array_agg(r.item_id order by r.item_id) from offer_required_item r
 *         join covered c on c.item_id = r.item_id where r.offer_id = o.id) as overlap
 * from matched m join offer o on o.id = m.offer_id
 * where o.status = 'OPEN'
 * order by m.covered_count desc, o.required_item_count - m.covered_count, o.valid_through, o.id
 * limit :limit
 * }</pre>
 *
 * Offers covering nothing follow, from {@code offer} alone: {@code order by required_item_count, valid_through,
 * id}. A keyset cursor carries {@code (covered_count, missing, valid_through, id)} of the last row.
 */
package vn.practica.placement.coverage;
