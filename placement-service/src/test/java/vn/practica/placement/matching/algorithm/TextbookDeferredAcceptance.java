package vn.practica.placement.matching.algorithm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Deferred acceptance as a textbook writes it: an object per student and per offer, a list of ranked offers
 * per student, a {@link PriorityQueue} of held students per offer, a queue of free students. The reference the
 * benchmark sets {@link DeferredAcceptance} beside, and a second opinion in the tests. The object graph is built
 * once; {@link #match()} resets it and runs.
 */
final class TextbookDeferredAcceptance {
    private final List<Student> students = new ArrayList<>();
    private final List<Offer> offers = new ArrayList<>();

    private static final class Student {
        final int index;
        final List<Offer> ranked = new ArrayList<>();
        final List<Long> keys = new ArrayList<>();
        int next;
        Offer held;
        long heldKey;

        Student(int index) {
            this.index = index;
        }
    }

    private static final class Offer {
        final int index;
        final int capacity;
        final PriorityQueue<Student> held = new PriorityQueue<>(Comparator.comparingLong(s -> s.heldKey));

        Offer(int index, int capacity) {
            this.index = index;
            this.capacity = capacity;
        }
    }

    TextbookDeferredAcceptance(MatchingInstance round) {
        for (int o = 0; o < round.offerCount(); o++) {
            offers.add(new Offer(o, round.capacityOf(o)));
        }
        for (int s = 0; s < round.studentCount(); s++) {
            Student student = new Student(s);
            for (int e = round.firstChoice(s); e < round.endOfChoices(s); e++) {
                student.ranked.add(offers.get(round.offerOf(e)));
                student.keys.add(round.keyOf(e));
            }
            students.add(student);
        }
    }

    /** Each student's offer index, or -1. */
    int[] match() {
        Deque<Student> free = new ArrayDeque<>();
        for (Student student : students) {
            student.next = 0;
            student.held = null;
            free.add(student);
        }
        offers.forEach(offer -> offer.held.clear());
        while (!free.isEmpty()) {
            Student student = free.poll();
            if (student.next == student.ranked.size()) {
                continue;
            }
            Offer offer = student.ranked.get(student.next);
            student.heldKey = student.keys.get(student.next);
            student.next++;
            offer.held.add(student);
            student.held = offer;
            if (offer.held.size() > offer.capacity) {
                Student rejected = offer.held.poll();
                rejected.held = null;
                free.add(rejected);
            }
        }
        int[] assigned = new int[students.size()];
        for (Student student : students) {
            assigned[student.index] = student.held == null ? -1 : student.held.index;
        }
        return assigned;
    }
}
