#!/usr/bin/env bash
# Builds the macOS disk image: freeze with the shared PyInstaller spec into
# "dist/Hygiene Checkup.app", put our Info.plist and icon in it, smoke-test it, sign it, wrap it
# in a DMG with hdiutil, and notarise it. Run on macOS in the project's venv:
#   bash packaging/macos/build_dmg.sh
# Output: dist/hygiene-app-<version>-<arch>.dmg and dist/SHA256SUMS-macos.
#
# Signing and notarisation run only when their credentials are present (otherwise the app is
# signed ad hoc, which runs on the build machine but is blocked by Gatekeeper elsewhere):
#   DEVELOPER_ID         "Developer ID Application: Name (TEAMID)", in the keychain
#   NOTARY_PROFILE       a `xcrun notarytool store-credentials` profile, or else all three of
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password)
set -euo pipefail
cd "$(dirname "$0")/../.."

PYTHON=${PYTHON:-python3}
version=$("$PYTHON" -c 'import hygiene_app; print(hygiene_app.__version__)')
arch=$(uname -m)
work=build/macos
app="dist/Hygiene Checkup.app"
dmg="dist/hygiene-app-${version}-${arch}.dmg"
rm -rf "$work" "$app" "$dmg"
mkdir -p "$work" dist

"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/hygiene-app.spec
[[ -d $app ]] || { echo "no $app: the spec's BUNDLE step did not run" >&2; exit 1; }

# Our Info.plist (bundle id, version, minimum macOS, LSUIElement off, the location reason).
sed "s/@VERSION@/${version}/g" packaging/macos/Info.plist >"$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist"
# The scheduled checkup's launchd agent, for admins (a profile or a LaunchAgents folder) to use;
# off until 'hygiene-app schedule on' or a policy turns it on for a user.
mkdir -p "$app/Contents/Resources/schedule"
cp packaging/schedule/io.github.hygienecheckup.HygieneCheckup.checkup.plist \
    "$app/Contents/Resources/schedule/"
plutil -lint "$app/Contents/Resources/schedule/io.github.hygienecheckup.HygieneCheckup.checkup.plist"
"$PYTHON" packaging/render_icon.py iconset "$work/hygiene-app.iconset"
iconutil -c icns -o "$app/Contents/Resources/hygiene-app.icns" "$work/hygiene-app.iconset"

# Sign inside out: every Mach-O file, then the frameworks, then the app. Hardened runtime and a
# secure timestamp are what notarisation requires.
if [[ -n ${DEVELOPER_ID:-} ]]; then
    sign=(codesign --force --timestamp --options runtime
        --entitlements packaging/macos/entitlements.plist --sign "$DEVELOPER_ID")
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q 'Mach-O'; then "${sign[@]}" "$file"; fi
    done < <(find "$app/Contents" -type f -print0)
    while IFS= read -r -d '' framework; do
        "${sign[@]}" "$framework"
    done < <(find "$app/Contents" -type d -name '*.framework' -print0)
    "${sign[@]}" "$app"
    codesign --verify --deep --strict --verbose=2 "$app"
else
    echo "DEVELOPER_ID not set: signing ad hoc (runs here; Gatekeeper blocks it elsewhere)"
    codesign --force --deep --sign - "$app"
fi

# Smoke test of the frozen, signed app: version, an offline checkup (1 = findings is fine).
"$app/Contents/MacOS/hygiene-app" --version | grep -F "$version"
rc=0
"$app/Contents/MacOS/hygiene-app" check --offline --format json >"$work/report.json" || rc=$?
((rc <= 1)) || { echo "frozen app: check exited $rc" >&2; exit 1; }

# The disk image: the app next to a link to /Applications, compressed (UDZO).
mkdir -p "$work/dmg"
cp -R "$app" "$work/dmg/"
ln -s /Applications "$work/dmg/Applications"
hdiutil create -volname "Hygiene Checkup" -srcfolder "$work/dmg" -fs HFS+ -format UDZO -ov "$dmg"

if [[ -n ${DEVELOPER_ID:-} ]]; then
    codesign --force --timestamp --sign "$DEVELOPER_ID" "$dmg"
    notary=()
    if [[ -n ${NOTARY_PROFILE:-} ]]; then
        notary=(--keychain-profile "$NOTARY_PROFILE")
    elif [[ -n ${APPLE_ID:-} && -n ${APPLE_TEAM_ID:-} && -n ${APPLE_APP_PASSWORD:-} ]]; then
        notary=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
    fi
    if ((${#notary[@]})); then
        xcrun notarytool submit "$dmg" "${notary[@]}" --wait --timeout 30m
        xcrun stapler staple "$dmg"
        xcrun stapler validate "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    else
        echo "no notarisation credentials: the DMG is signed but not notarised"
    fi
fi

(cd dist && shasum -a 256 "$(basename "$dmg")" >SHA256SUMS-macos)
echo "Built $dmg"
