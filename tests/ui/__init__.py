"""Tests for alliance_desktop.ui."""
