package docket.denorm;

import docket.assignment.Assignment;
import docket.assignment.AssignmentRepository;

import java.util.List;

/** The assignments a tool works on: all of them, or the one named; null when the name is unknown. */
final class Selection {

    private Selection() {
    }

    static List<Assignment> assignments(AssignmentRepository assignments, String slug) {
        if (slug == null) {
            return assignments.findAll();
        }
        return assignments.findBySlug(slug).map(List::of).orElse(null);
    }
}
