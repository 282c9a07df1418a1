"""The participant registry screens: list, person form, enrollments, expiring cards."""
