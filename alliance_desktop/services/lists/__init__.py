"""The queries behind the tabs' lists: a record kind's rows, filtered, sorted, counted and
paged in the database."""
