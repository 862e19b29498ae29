package vn.practica.placement.offer;

import vn.practica.platform.upsert.Upsert;

/** What an upsert did with one offer, and the offer after it. */
public record UpsertedOffer(Offer offer, Upsert.Outcome outcome) {}
