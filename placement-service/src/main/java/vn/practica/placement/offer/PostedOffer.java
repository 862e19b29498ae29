package vn.practica.placement.offer;

/** An offer as others see it, with the short name of the business that posts it (null if not announced yet). */
public record PostedOffer(Offer offer, String businessName) {}
