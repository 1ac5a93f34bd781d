"""NeuroFoot: a calm, step-by-step guide to gentle home foot massage."""

__version__ = "0.1.0"
APP_NAME = "NeuroFoot"
