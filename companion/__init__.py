"""Rapport's companion: the local API, store and CLI behind the browser extension."""

__version__ = "0.1.0"
APP_NAME = "rapport-companion"
API_VERSION = 1
