"""Passwords: strength rating, breach check by k-anonymity, e-mail breaches with the user's key.

Privacy rules for everything in this package: a password lives only in memory, is never logged,
never put in an exception's message or a repr, never written anywhere, and only the first five
hex characters of its SHA-1 ever leave the machine.
"""
