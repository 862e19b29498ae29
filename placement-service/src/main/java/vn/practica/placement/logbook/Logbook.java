package vn.practica.placement.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A placement's approved hours so far and when they first reached the agreement's total, which opens the
 * evaluation window. Changed only with an approval, under the placement's row lock.
 */
@Entity
@Table(name = "logbook")
public class Logbook {
    @Id
    @Column(name = "placement_id")
    private UUID placementId;

    @Column(name = "approved_hours")
    private BigDecimal approvedHours;

    @Column(name = "total_reached_at")
    private Instant totalReachedAt;

    protected Logbook() {}

    static Logbook open(UUID placementId) {
        Logbook logbook = new Logbook();
        logbook.placementId = placementId;
        logbook.approvedHours = BigDecimal.ZERO;
        return logbook;
    }

    /** Adds an approved entry's hours; the first time they reach {@code agreedTotal}, notes when. */
    void approve(BigDecimal hours, int agreedTotal, Instant now) {
        approvedHours = approvedHours.add(hours);
        if (totalReachedAt == null && approvedHours.compareTo(BigDecimal.valueOf(agreedTotal)) >= 0) {
            totalReachedAt = now;
        }
    }

    BigDecimal approvedHours() {
        return approvedHours;
    }

    Instant totalReachedAt() {
        return totalReachedAt;
    }
}
