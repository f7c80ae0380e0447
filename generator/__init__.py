"""Transparency portal generator for government efficiency offices.

The pipeline: load → validate → derive → disclose → render → feeds/open data.
"""
__version__ = "0.1.0"
