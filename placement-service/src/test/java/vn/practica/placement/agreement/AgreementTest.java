package vn.practica.placement.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.placement.offer.ContributionKind;
import vn.practica.placement.offer.OfferEligibility;
import vn.practica.placement.offer.OfferStatus;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.offer.WorkMode;
import vn.practica.placement.placement.PlacementParty;

/**
 * An agreement's versions and confirmations, without Quarkus: a change clears the others' confirmations, the
 * three together are needed, and (seeded interleavings) a standing confirmation always binds the current version.
 */
class AgreementTest {
    private static final Instant T0 = Instant.parse("2027-02-01T03:00:00Z");
    private static final Person SOMEONE = new Person("sub-1", "Trần Văn Đức");

    static OfferTerms offer() {
        return new OfferTerms(
                UUID.randomUUID(),
                UUID.randomUUID(),
                OfferStatus.OPEN,
                "Thực tập dữ liệu cảng",
                "PORT_OPS",
                List.of(UUID.randomUUID()),
                3,
                1,
                WorkMode.HYBRID,
                "HP",
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 5, 30),
                480,
                LocalDate.of(2027, 2, 15),
                OfferEligibility.ANYONE,
                List.of(),
                "INTERNSHIP",
                2,
                ContributionKind.INTERNSHIP);
    }

    private static Set<AgreementSlot> slots(PlacementParty party) {
        return AgreementSlot.of(party, false);
    }

    @Test
    void theDraftTakesTheOffersTermsAtVersionOneWithNobodyConfirmed() {
        OfferTerms offer = offer();
        Agreement agreement = Agreement.draft(UUID.randomUUID(), offer, T0);
        AgreementDetails details = agreement.details();
        assertEquals(1, details.version());
        assertEquals("INTERNSHIP", details.cooperationModelCode());
        assertEquals(2, details.cooperationModelVersion());
        assertEquals(offer.jobStartDate(), details.content().startDate());
        assertEquals(480, details.content().totalHours());
        assertEquals(37, details.content().weeklyHours());
        assertEquals("HP", details.content().provinceCode());
        assertEquals(offer.competencyItemIds(), details.content().objectiveItemIds());
        assertTrue(details.confirmations().values().stream().allMatch(c -> c == null));
    }

    @Test
    void aChangeTakesTheNextVersionAndClearsTheOthersConfirmationsButNotTheEditors() {
        Agreement agreement = Agreement.draft(UUID.randomUUID(), offer(), T0);
        agreement.confirm(slots(PlacementParty.STUDENT), "student", T0);
        agreement.confirm(slots(PlacementParty.SCHOOL), "school", T0);
        AgreementContent next =
                new AgreementEdit(null, null, 40, null, null, null, null, null, null).applyTo(agreement.content());
        assertTrue(agreement.revise(next, slots(PlacementParty.SCHOOL), T0.plusSeconds(60)));
        assertEquals(2, agreement.version());
        Map<AgreementSlot, Confirmation> confirmations = agreement.confirmations();
        assertEquals(null, confirmations.get(AgreementSlot.LEARNER));
        assertEquals(new Confirmation(T0, "school"), confirmations.get(AgreementSlot.SCHOOL));
        assertFalse(agreement.revise(next, slots(PlacementParty.BUSINESS), T0.plusSeconds(120)));
        assertEquals(2, agreement.version());
        assertEquals(new Confirmation(T0, "school"), agreement.confirmations().get(AgreementSlot.SCHOOL));
    }

    @Test
    void allThreeConfirmationsAreNeededAndConfirmingAgainKeepsTheFirstTime() {
        Agreement agreement = Agreement.draft(UUID.randomUUID(), offer(), T0);
        assertTrue(agreement.confirm(slots(PlacementParty.STUDENT), "student", T0));
        assertFalse(agreement.confirm(slots(PlacementParty.STUDENT), "student", T0.plusSeconds(5)));
        assertEquals(T0, agreement.confirmations().get(AgreementSlot.LEARNER).at());
        assertTrue(agreement.confirm(slots(PlacementParty.BUSINESS), "business", T0));
        assertFalse(agreement.confirmedByAll());
        assertTrue(agreement.confirm(slots(PlacementParty.SCHOOL), "school", T0));
        assertTrue(agreement.confirmedByAll());
        assertEquals(1, agreement.version());
    }

    @Test
    void aSchoolHoldingThePlaceForItsCourseConfirmsAsLearnerAndSchoolAtOnce() {
        assertEquals(
                Set.of(AgreementSlot.LEARNER, AgreementSlot.SCHOOL), AgreementSlot.of(PlacementParty.SCHOOL, true));
        Agreement agreement = Agreement.draft(UUID.randomUUID(), offer(), T0);
        agreement.confirm(AgreementSlot.of(PlacementParty.SCHOOL, true), "school", T0);
        agreement.confirm(AgreementSlot.of(PlacementParty.BUSINESS, true), "business", T0);
        assertTrue(agreement.confirmedByAll());
    }

    /**
     * Random interleavings of changes and confirmations by the three parties (seeded): every standing confirmation
     * was given at or after the latest change by another party, and all three standing is exactly when each party
     * confirmed since the others last changed anything.
     */
    @Test
    void aStandingConfirmationAlwaysBindsTheCurrentVersion() {
        Random random = new Random(20270201L);
        PlacementParty[] parties = PlacementParty.values();
        for (int round = 0; round < 300; round++) {
            Agreement agreement = Agreement.draft(UUID.randomUUID(), offer(), T0);
            Map<PlacementParty, Boolean> expected = new EnumMap<>(PlacementParty.class);
            for (PlacementParty p : parties) {
                expected.put(p, false);
            }
            for (int step = 0; step < 12; step++) {
                PlacementParty party = parties[random.nextInt(parties.length)];
                Instant at = T0.plusSeconds(step);
                if (random.nextBoolean()) {
                    agreement.confirm(slots(party), party.name(), at);
                    expected.put(party, true);
                } else {
                    long before = agreement.version();
                    int weekly = 30 + random.nextInt(3);
                    AgreementContent next = new AgreementEdit(null, null, weekly, null, null, null, SOMEONE, null, null)
                            .applyTo(agreement.content());
                    boolean changed = agreement.revise(next, slots(party), at);
                    assertEquals(changed ? before + 1 : before, agreement.version());
                    if (changed) {
                        for (PlacementParty other : parties) {
                            if (other != party) {
                                expected.put(other, false);
                            }
                        }
                    }
                }
                Map<AgreementSlot, Confirmation> actual = agreement.confirmations();
                assertEquals(expected.get(PlacementParty.STUDENT), actual.get(AgreementSlot.LEARNER) != null);
                assertEquals(expected.get(PlacementParty.SCHOOL), actual.get(AgreementSlot.SCHOOL) != null);
                assertEquals(expected.get(PlacementParty.BUSINESS), actual.get(AgreementSlot.BUSINESS) != null);
                assertEquals(!expected.containsValue(false), agreement.confirmedByAll());
            }
        }
    }
}
