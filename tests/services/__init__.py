"""Tests for alliance_desktop.services."""
