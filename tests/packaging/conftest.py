"""Fixtures for the packaging tests (defined in wheel_env.py, a uniquely named module so
the test files can import its types without an __init__.py)."""

from wheel_env import built_wheel, fresh_venv

__all__ = ["built_wheel", "fresh_venv"]
