"""Use cases: each public call is one short transaction and returns plain records."""
