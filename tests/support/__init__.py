"""Test helpers shared across test modules: a local feed server and network fakes."""
