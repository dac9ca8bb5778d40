"""Alembic migration scripts for the catalogue and the user database."""
