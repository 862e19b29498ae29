package vn.practica.placement.notification;

/** A row of a change feed: its position (what the feed's cursor holds) and what it tells. */
public record FeedChange(long position, Notice notice) {}
