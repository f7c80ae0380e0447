"""Jinja2 templates of the portal's pages (a package only so that it installs)."""
