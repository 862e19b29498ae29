package vn.practica.placement.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The default sender: logs that a mail would go out (not its address or body), for setups without SMTP. */
@ApplicationScoped
public class LoggingMailSender implements MailSender {
    private static final Logger LOG = Logger.getLogger(LoggingMailSender.class);

    @Override
    public void send(MailMessage mail) {
        LOG.infof("Mail not sent (practica.mail.transport=log): %s", mail.subject());
    }
}
