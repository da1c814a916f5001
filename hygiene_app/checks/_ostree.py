"""Whether this Linux boots from an OSTree image, and whether rpm-ostree is its tool.

One rule for the update checks (UPD-001, UPD-002, UPD-003). On an image-based system packages
and kernels change only with the next image, so dnf, the flag files and the kernels beside each
other say nothing there. Fedora and its relatives (Silverblue, Kinoite, Bazzite, CoreOS) manage
the images with rpm-ostree; other OSTree systems, such as Endless OS, have tools of their own and
no rpm-ostree, so they must not be sent to it."""

from __future__ import annotations

from hygiene_app.engine.context import ProbeContext

#: Present on a system booted from an OSTree image (Silverblue, Kinoite, CoreOS, Endless).
OSTREE_BOOTED = "/run/ostree-booted"


def ostree_booted(ctx: ProbeContext) -> bool:
    """Booted from an OSTree image, whoever makes it."""
    return ctx.files.mtime(OSTREE_BOOTED) is not None


def is_ostree(ctx: ProbeContext) -> bool:
    """Fedora (or a relative) booted from an OSTree image: its packages change only with the
    next image, through rpm-ostree, never through dnf."""
    return ctx.platform.is_distribution("fedora", "rhel", "centos") and ostree_booted(ctx)
