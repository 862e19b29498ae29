package vn.practica.placement.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.platform.paging.CursorPage;
import vn.practica.reference.partner.PartnerProjection;

/**
 * Offers as students, schools, the State and other businesses find them: open ones by search, any one they may
 * see by id, with the name of the business that posts it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OfferDiscoveryService {
    private final OfferSearchRepository search;
    private final OfferRepository offers;
    private final PartnerProjection partners;
    private final Clock clock = Clock.systemUTC();

    OfferDiscoveryService(OfferSearchRepository search, OfferRepository offers, PartnerProjection partners) {
        this.search = search;
        this.offers = offers;
        this.partners = partners;
    }

    /** Open offers whose deadline has not passed, newest first, a page at a time. */
    public CursorPage<PostedOffer> searchOffers(OfferSearch query) {
        List<Offer> rows = search.search(query, OfferRules.today(clock), query.limit() + 1);
        CursorPage<Offer> page = CursorPage.of(rows, query.limit(), OfferDiscoveryService::cursor);
        Set<UUID> businesses = page.items().stream().map(Offer::businessId).collect(Collectors.toSet());
        Map<UUID, String> names = partners.shortNames(businesses);
        return new CursorPage<>(
                page.items().stream()
                        .map(o -> new PostedOffer(o, names.get(o.businessId())))
                        .toList(),
                page.nextCursor());
    }

    /** The offer, if the viewer may see it: anything published, or a draft of its own. */
    public Optional<PostedOffer> findOffer(UUID offerId, OfferViewer viewer) {
        return offers.byId(offerId)
                .filter(viewer::sees)
                .map(o -> new PostedOffer(
                        o, partners.shortNames(Set.of(o.businessId())).get(o.businessId())));
    }

    /** The position of an offer in discovery order, for the next page's cursor. */
    private static String cursor(Offer offer) {
        return OfferCursors.encode(new OfferSearch.Position(offer.publishedAt(), offer.id()));
    }
}
