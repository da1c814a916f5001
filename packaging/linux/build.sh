#!/usr/bin/env bash
# `make package`: freeze the app with PyInstaller (packaging/hygiene-app.spec, one folder), stage
# the Linux file tree once, and wrap that same tree into dist/hygiene-app_<ver>_amd64.deb
# (dpkg-deb) and dist/hygiene-app-<ver>-1.x86_64.rpm (rpmbuild), plus dist/SHA256SUMS.
# Usage: packaging/linux/build.sh [PYTHON]   (PYTHON: the venv's python with the `package` extra)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="${1:-$ROOT/.venv/bin/python}"
cd "$ROOT"

APP_ID=io.github.hygienecheckup.HygieneCheckup
NAME=hygiene-app
VERSION="$("$PY" -c 'import hygiene_app; print(hygiene_app.__version__)')"
BUILD="$ROOT/build/package"
STAGE="$BUILD/root"
DIST="$ROOT/dist"
LINUX="$ROOT/packaging/linux"

for tool in dpkg-deb rpmbuild gzip sha256sum; do
    command -v "$tool" >/dev/null || { echo "build.sh: '$tool' is missing (apt-get install dpkg-dev rpm)" >&2; exit 1; }
done

# Reproducible timestamps and archive order: the same commit gives the same package contents.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || date +%s)}"

rm -rf "$BUILD"
mkdir -p "$STAGE" "$DIST"
rm -f "$DIST/${NAME}_"*.deb "$DIST/${NAME}-"*.rpm "$DIST/SHA256SUMS"

echo "== freeze (PyInstaller)"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$BUILD/pyinstaller" --workpath "$BUILD/pyinstaller-work" \
    "$ROOT/packaging/hygiene-app.spec"

# What the app loads at run time must be in the bundle; a missing one would only show as blank
# icons or a "could not check" on the user's computer, so the build stops here instead.
BUNDLE="$BUILD/pyinstaller/$NAME/_internal"
for need in PySide6/Qt/plugins/imageformats/libqsvg.so PySide6/Qt/plugins/iconengines/libqsvgicon.so \
    PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqwayland.so \
    PySide6/Qt/plugins/platforms/libqoffscreen.so hygiene_app/data/icons/hygiene-app.svg \
    hygiene_app/services/mfa/starter_catalog.json hygiene_app/data/endoflife/endoflife.json \
    hygiene_app/data/brands.json hygiene_app/data/link_shorteners.txt; do
    [[ -f "$BUNDLE/$need" ]] || { echo "build.sh: the frozen app lacks $need" >&2; exit 1; }
done
# Every translation (hygiene_app/locale/<lang>.po), compiled by the spec: a missing one would
# leave its speakers with English.
for po in "$ROOT"/hygiene_app/locale/*.po; do
    [[ -e "$po" ]] || continue
    lang="$(basename "$po" .po)"
    mo="hygiene_app/locale/$lang/LC_MESSAGES/hygiene_app.mo"
    [[ -f "$BUNDLE/$mo" ]] || { echo "build.sh: the frozen app lacks $mo" >&2; exit 1; }
    # Qt's own words (a wizard's Next, Yes/No) in that language: PyInstaller's Qt hook brings them.
    qt="PySide6/Qt/translations/qtbase_$lang.qm"
    [[ -f "$BUNDLE/$qt" ]] || { echo "build.sh: the frozen app lacks $qt" >&2; exit 1; }
done

echo "== stage the file tree"
install -d "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/man/man1" "$STAGE/usr/share/doc/$NAME"
cp -a "$BUILD/pyinstaller/$NAME" "$STAGE/opt/$NAME"
# Across top-level folders a symlink is absolute (Debian policy 10.5).
ln -s "/opt/$NAME/$NAME" "$STAGE/usr/bin/$NAME"
install -m 0644 "$LINUX/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
install -m 0644 "$LINUX/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
# The scheduled checkup's systemd user units: installed, never enabled by the package (off until
# 'hygiene-app schedule on', a policy, or an admin's 'systemctl --global enable').
install -D -m 0644 -t "$STAGE/usr/lib/systemd/user" \
    "$ROOT/packaging/schedule/hygiene-app-checkup.service" \
    "$ROOT/packaging/schedule/hygiene-app-checkup.timer"
QT_QPA_PLATFORM=offscreen "$PY" "$LINUX/render_icons.py" \
    "$ROOT/hygiene_app/data/icons/hygiene-app.svg" "$STAGE/usr/share/icons/hicolor" "$APP_ID"
"$PY" "$ROOT/scripts/manpage.py" "$STAGE/usr/share/man/man1/$NAME.1.gz"
"$PY" "$ROOT/scripts/collect_licenses.py" "$STAGE/usr/share/doc/$NAME"
# Debian-only files (copyright, changelog, lintian overrides) go into the .deb's tree below; the
# .rpm states its licence in its header and keeps the licence texts.
mv "$STAGE/usr/share/doc/$NAME/copyright" "$BUILD/copyright"
# Files world-readable, folders and executables 0755, whatever the build user's umask was;
# shared libraries are loaded, not run, so they are 0644 (Debian policy 8.1).
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f -exec chmod u+rw,go+r,go-w {} +
find "$STAGE/opt/$NAME" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 0644 {} +
# Python's own libraries carry the build machine's RUNPATH (e.g. /root/.pyenv/.../lib): a path
# that means nothing on the user's computer and that a user there could create. PyInstaller's
# launcher finds the bundle's libraries itself, so drop every RUNPATH that is not $ORIGIN-relative.
if command -v patchelf >/dev/null; then
    while IFS= read -r -d '' elf; do
        rpath="$(patchelf --print-rpath "$elf" 2>/dev/null || true)"
        if [[ -n "$rpath" && "$rpath" != *'$ORIGIN'* ]]; then
            patchelf --remove-rpath "$elf"
        fi
    done < <(find "$STAGE/opt/$NAME" -type f \( -name '*.so' -o -name '*.so.*' -o -name "$NAME" \) -print0)
else
    echo "build.sh: patchelf is missing (apt-get install patchelf): build paths stay in RUNPATHs" >&2
fi


echo "== .deb"
DEBROOT="$BUILD/deb"
cp -a "$STAGE" "$DEBROOT"
install -d "$DEBROOT/DEBIAN" "$DEBROOT/usr/share/lintian/overrides"
install -m 0644 "$BUILD/copyright" "$DEBROOT/usr/share/doc/$NAME/copyright"
install -m 0644 "$LINUX/lintian-overrides" "$DEBROOT/usr/share/lintian/overrides/$NAME"
printf '%s (%s) unstable; urgency=medium\n\n  * Release %s; see the project'"'"'s git history.\n\n -- Hygiene Checkup maintainers <maintainers@hygienecheckup.invalid>  %s\n' \
    "$NAME" "$VERSION" "$VERSION" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")" \
    | gzip -9n > "$DEBROOT/usr/share/doc/$NAME/changelog.gz"
chmod 0644 "$DEBROOT/usr/share/doc/$NAME/changelog.gz"
INSTALLED_KB="$(du -sk --apparent-size --exclude=DEBIAN "$DEBROOT" | cut -f1)"
# The bundle carries Qt and Python; the system provides libc, OpenGL/EGL, the X11/xcb and Wayland
# client libraries, fontconfig and D-Bus, which Qt's platform plugins load. Listing them lets
# `apt install ./hygiene-app_*.deb` on a fresh Debian or Ubuntu bring everything.
DEB_DEPENDS="libc6 (>= 2.36), libegl1, libgl1, libdrm2, libfontconfig1, libfreetype6, libdbus-1-3, \
libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, \
libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1, libxkbcommon0, \
libxkbcommon-x11-0, libwayland-client0, libwayland-cursor0, libwayland-egl1"
cat > "$DEBROOT/DEBIAN/control" <<CONTROL
Package: $NAME
Version: $VERSION
Architecture: amd64
Maintainer: Hygiene Checkup maintainers <maintainers@hygienecheckup.invalid>
Installed-Size: $INSTALLED_KB
Depends: $DEB_DEPENDS
Recommends: fonts-dejavu-core | fonts-liberation2
Section: utils
Priority: optional
Homepage: https://github.com/hygienecheckup/hygiene-app
Description: local security checkup that explains and guides every fix
 Hygiene Checkup looks at this computer's security basics (updates, disk
 encryption, firewall, screen lock, passwords, two-step sign-in, Wi-Fi and
 VPN, phishing) and explains in plain words how to fix what it finds.
 .
 It works offline and keeps its findings on this computer. The desktop
 window and the hygiene-app command run the same checks.
CONTROL
( cd "$DEBROOT" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z \
    | xargs -0 md5sum > DEBIAN/md5sums )
chmod 0644 "$DEBROOT/DEBIAN/control" "$DEBROOT/DEBIAN/md5sums"
DEB="$DIST/${NAME}_${VERSION}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$DEBROOT" "$DEB" >/dev/null

echo "== .rpm"
RPMTOP="$BUILD/rpm"
mkdir -p "$RPMTOP"/{BUILD,RPMS,SOURCES,SPECS,SRPMS,BUILDROOT}
# Sonames, not package names: they resolve on Fedora, openSUSE and RHEL alike.
RPM_REQUIRES="libc.so.6(GLIBC_2.36)(64bit) libEGL.so.1()(64bit) libGL.so.1()(64bit) \
libdrm.so.2()(64bit) libfontconfig.so.1()(64bit) libfreetype.so.6()(64bit) libdbus-1.so.3()(64bit) \
libX11.so.6()(64bit) libX11-xcb.so.1()(64bit) libxcb.so.1()(64bit) libxcb-cursor.so.0()(64bit) \
libxcb-icccm.so.4()(64bit) libxcb-image.so.0()(64bit) libxcb-keysyms.so.1()(64bit) \
libxcb-randr.so.0()(64bit) libxcb-render-util.so.0()(64bit) libxcb-shape.so.0()(64bit) \
libxcb-xfixes.so.0()(64bit) libxcb-xkb.so.1()(64bit) libxkbcommon.so.0()(64bit) \
libxkbcommon-x11.so.0()(64bit) libwayland-client.so.0()(64bit) libwayland-cursor.so.0()(64bit) \
libwayland-egl.so.1()(64bit)"
{
    cat <<SPEC
Name: $NAME
Version: $VERSION
Release: 1
Summary: Local security checkup that explains and guides every fix
License: GPL-3.0-or-later
URL: https://github.com/hygienecheckup/hygiene-app
BuildArch: x86_64
# The bundle's own libraries must neither satisfy nor demand anything system-wide.
AutoReqProv: no
%global debug_package %{nil}
%global _build_id_links none
%global __os_install_post %{nil}
%global __brp_strip %{nil}
%define _source_date_epoch_from_changelog 0
SPEC
    for req in $RPM_REQUIRES; do echo "Requires: $req"; done
    cat <<'SPEC'

%description
Hygiene Checkup looks at this computer's security basics (updates, disk encryption, firewall,
screen lock, passwords, two-step sign-in, Wi-Fi and VPN, phishing) and explains in plain words
how to fix what it finds. It works offline and keeps its findings on this computer.

%install
cp -a "%{stage}/." "%{buildroot}/"

%files
%defattr(-,root,root,-)
SPEC
    # Own /opt/hygiene-app and every file below it; the shared /usr/share folders stay the
    # system's. The same list as the .deb's, file for file.
    echo "/opt/$NAME"
    ( cd "$STAGE" && find . ! -path "./opt/*" ! -type d -printf '/%P\n' | LC_ALL=C sort ) \
        | sed -e "s|^/usr/share/doc/$NAME/.*|%doc &|" -e "s|^/usr/share/man/.*|%doc &|"
} > "$RPMTOP/SPECS/$NAME.spec"
rpmbuild --quiet -bb "$RPMTOP/SPECS/$NAME.spec" \
    --define "_topdir $RPMTOP" --define "stage $STAGE" \
    --define "_buildhost localhost" --define "use_source_date_epoch_as_buildtime 1" \
    --define "clamp_mtime_to_source_date_epoch 1" --define "_binary_payload w6.xzdio" >/dev/null
RPM="$DIST/${NAME}-${VERSION}-1.x86_64.rpm"
cp "$RPMTOP/RPMS/x86_64/${NAME}-${VERSION}-1.x86_64.rpm" "$RPM"

( cd "$DIST" && sha256sum "$(basename "$DEB")" "$(basename "$RPM")" > SHA256SUMS )
echo "== done: $(du -h "$DEB" | cut -f1) $DEB, $(du -h "$RPM" | cut -f1) $RPM, installed ${INSTALLED_KB} KiB"
