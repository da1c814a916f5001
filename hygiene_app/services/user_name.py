"""Who runs the app, and that name as one folder name: THE one helper for the scheduled
checkup's report folder (`cli_schedule`) and the per-user policy sources (`policy_sources`).

The login name comes from the environment as `getpass.getuser` reads it (LOGNAME, USER, LNAME,
USERNAME), then from the account database. A name that is a path ("/", "\\", "." or "..") is
no name: it would point somewhere else. `safe_folder_name` keeps distinct names distinct: when
the safe form is not the name itself, a short hash of the name follows it, so "bob@x" and
"bob_x" never share (and overwrite) one folder.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping

#: Where `getpass.getuser` looks, in its order.
_NAME_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")
#: Characters kept in a folder name; anything else becomes "_".
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")
#: A folder name already ending the way a hashed one does.
_HASHED = re.compile(r"-[0-9a-f]{8}$")
MAX_FOLDER_NAME = 64
_HASH_LENGTH = 8


def login_name(env: Mapping[str, str] = os.environ) -> str:
    """The login name of whoever runs this; "" when there is none or it is a path."""
    name = next((env[v] for v in _NAME_VARIABLES if env.get(v)), "")
    if not name:
        try:
            import pwd  # POSIX only

            name = pwd.getpwuid(os.getuid()).pw_name
        except (ImportError, KeyError, OSError):
            return ""
    if name in (".", "..") or any(c in name for c in "/\\\x00"):
        return ""
    return name


def safe_folder_name(user: str) -> str:
    """`user` as one folder name on every OS: letters, digits, ".", "_" and "-" only (a
    Windows "DOMAIN\\name" becomes "DOMAIN_name-<hash>"), no leading dot, at most 64
    characters; two different names never give the same folder name."""
    cleaned = _UNSAFE.sub("_", user).lstrip(".")
    if user and cleaned == user and len(user) <= MAX_FOLDER_NAME and not _HASHED.search(user):
        return user
    digest = hashlib.sha256(user.encode("utf-8", "surrogatepass")).hexdigest()[:_HASH_LENGTH]
    base = cleaned[: MAX_FOLDER_NAME - _HASH_LENGTH - 1] or "user"
    return f"{base}-{digest}"
