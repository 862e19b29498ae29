package vn.practica.placement.notification;

/** A plain-text mail to one address. */
public record MailMessage(String to, String subject, String body) {}
