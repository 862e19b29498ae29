package vn.practica.placement.notification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends through Quarkus Mailer, configured by the standard {@code quarkus.mailer.*} keys (host, port, TLS, ...). */
@ApplicationScoped
public class SmtpMailSender implements MailSender {
    private final Mailer mailer;

    SmtpMailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(MailMessage mail) {
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.body()));
    }
}
