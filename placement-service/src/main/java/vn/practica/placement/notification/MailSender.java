package vn.practica.placement.notification;

/**
 * Sends one mail, outside any transaction (the mail outbox's sender calls it after the change committed). Throws
 * when the mail was not accepted, so it is tried again later.
 */
public interface MailSender {
    void send(MailMessage mail) throws Exception;
}
