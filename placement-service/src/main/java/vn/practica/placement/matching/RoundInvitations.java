package vn.practica.placement.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.practica.placement.student.StudentProblems;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem.FieldError;
import vn.practica.reference.partner.Partner;
import vn.practica.reference.partner.PartnerProjection;

/** Who a round a school opens takes part: the organizer at once, the schools it invites once they join. */
@ApplicationScoped
class RoundInvitations {
    private final EntityManager em;
    private final PartnerProjection partners;

    RoundInvitations(EntityManager em, PartnerProjection partners) {
        this.em = em;
        this.partners = partners;
    }

    /**
     * Records the organizer (joined) and the schools it invites when a round opens, in the opening transaction;
     * each invited school must be a verified school other than the organizer, named once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void invite(MatchingRound round, List<UUID> invited) {
        if (round.organizerId().isEmpty()) {
            if (!invited.isEmpty()) {
                throw DomainException.invalid("partnerSchoolIds", "a State round takes every school; leave it out");
            }
            return;
        }
        UUID organizer = round.organizerId().get();
        requireInvitable(organizer, invited);
        Instant at = round.createdAt();
        em.createNativeQuery("insert into round_school (round_id, school_id, invited_at, joined_at)"
                        + " select ?1, s, cast(?3 as timestamptz), case when s = ?4 then cast(?3 as timestamptz) end"
                        + " from unnest(?2) as s")
                .setParameter(1, round.id())
                .setParameter(2, withOrganizer(organizer, invited))
                .setParameter(3, at)
                .setParameter(4, organizer)
                .executeUpdate();
    }

    private void requireInvitable(UUID organizer, List<UUID> invited) {
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < invited.size(); i++) {
            UUID school = invited.get(i);
            String field = "partnerSchoolIds[" + i + "]";
            if (school.equals(organizer)) {
                errors.add(new FieldError(field, "the organizing school takes part already"));
            } else if (!seen.add(school)) {
                errors.add(new FieldError(field, "named twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        for (int i = 0; i < invited.size(); i++) {
            boolean school = partners.findPartner(invited.get(i))
                    .filter(Partner::isSchool)
                    .filter(Partner::isVerified)
                    .isPresent();
            if (!school) {
                errors.add(new FieldError("partnerSchoolIds[" + i + "]", "not a verified school"));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(StudentProblems.NOT_A_SCHOOL, "A round invites only verified schools", errors);
        }
    }

    private static UUID[] withOrganizer(UUID organizer, List<UUID> invited) {
        List<UUID> all = new ArrayList<>(invited.size() + 1);
        all.add(organizer);
        all.addAll(invited);
        return all.toArray(UUID[]::new);
    }
}
