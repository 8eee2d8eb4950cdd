"""Tests for alliance_desktop.domain."""
