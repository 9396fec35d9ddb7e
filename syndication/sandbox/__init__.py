"""A local stand-in for the Graph API, X API v2 and YouTube Data API v3.

A separate program: it imports nothing from Django, Wagtail or the project's apps.
Run it with ``python -m syndication.sandbox --seed-demo``; see ``__main__.py``.
"""
