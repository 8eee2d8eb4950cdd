"""Tests for alliance_desktop.db."""
