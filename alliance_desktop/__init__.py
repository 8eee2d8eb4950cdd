"""Alliance Desktop: the Alliance secretariat's register of members, signatories, applications."""

__version__ = "0.1.0"
