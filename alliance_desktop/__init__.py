"""Alliance Desktop: the Alliance secretariat's register of members, signatories, applications."""

__version__ = "0.1.0"
__licence__ = "EUPL-1.2"  # the project's licence (pyproject's license, stated in the README)
