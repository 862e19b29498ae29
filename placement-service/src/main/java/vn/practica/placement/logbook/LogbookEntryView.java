package vn.practica.placement.logbook;

import vn.practica.placement.placement.PlacementAudience;

/** An entry and who reads it, which decides what they see (the State: no text, no one's sub). */
public record LogbookEntryView(LogbookEntryDetails entry, PlacementAudience audience) {}
