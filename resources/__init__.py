"""Data shipped with NeuroFoot: the routine, artwork, sounds and translations (no code)."""
