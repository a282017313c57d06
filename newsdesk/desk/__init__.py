"""The editors' desk: roles, the review queue, publishing and withdrawing, all audited."""
