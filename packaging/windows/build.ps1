# Builds the Windows MSI: freeze with the shared PyInstaller spec, smoke-test the frozen app,
# harvest its folder with heat, then candle/light (WiX Toolset 3.14: the runners' preinstalled
# one, or `choco install wixtoolset`). Run from any folder on Windows, in the project's venv:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Output: dist\hygiene-app-<version>-x64.msi and its SHA-256 in dist\SHA256SUMS-windows.
# Signing happens only when WINDOWS_CERT_THUMBPRINT names a code-signing certificate in the
# machine's store (signtool from the Windows SDK); otherwise the MSI is built unsigned.
[CmdletBinding()]
param(
    [string]$Python = "python"
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Root
$Work = Join-Path $Root "build\windows"
New-Item -ItemType Directory -Force -Path $Work, (Join-Path $Root "dist") | Out-Null

function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe failed with exit code $LASTEXITCODE" }
}

$Version = (& $Python -c "import hygiene_app; print(hygiene_app.__version__)").Trim()
# An MSI version is numbers only (major.minor.build); '0.2.0.dev1' becomes '0.2.0'.
$MsiVersion = ($Version -replace '^(\d+(\.\d+){0,2}).*$', '$1')
Write-Host "Hygiene Checkup $Version (MSI $MsiVersion)"

Invoke-Checked $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "dist",
    "--workpath", "build\pyinstaller", "packaging\hygiene-app.spec")
$App = Join-Path $Root "dist\hygiene-app"
$Exe = Join-Path $App "hygiene-app.exe"

# Smoke test of the frozen app before it is wrapped: version, an offline checkup as JSON
# (exit 1 means findings, which is the checkup working).
$Out = & $Exe --version
if ($LASTEXITCODE -ne 0 -or "$Out" -notmatch [regex]::Escape($Version)) {
    throw "frozen app: --version printed '$Out' (exit $LASTEXITCODE)"
}
& $Exe check --offline --format json | Out-File -Encoding utf8 (Join-Path $Work "report.json")
if ($LASTEXITCODE -gt 1) { throw "frozen app: check exited $LASTEXITCODE" }

$Icon = Join-Path $Work "hygiene-app.ico"
Invoke-Checked $Python @("packaging\render_icon.py", "ico", $Icon)

if ($env:WINDOWS_CERT_THUMBPRINT) {
    Invoke-Checked "signtool" @("sign", "/sha1", $env:WINDOWS_CERT_THUMBPRINT, "/fd", "sha256",
        "/tr", "http://timestamp.digicert.com", "/td", "sha256", $Exe)
}

# The scheduled checkup's task definition, next to the app, for admins to import (Group Policy,
# schtasks /Create /XML). Not registered: it is off until 'hygiene-app schedule on' or a policy.
$Schedule = Join-Path $App "schedule"
New-Item -ItemType Directory -Force -Path $Schedule | Out-Null
Copy-Item -Force "packaging\schedule\hygiene-app-checkup.xml" $Schedule

$WixBin = if ($env:WIX) { Join-Path $env:WIX "bin" } else { "" }
$Heat = Join-Path $WixBin "heat.exe"
$Candle = Join-Path $WixBin "candle.exe"
$Light = Join-Path $WixBin "light.exe"

# Every file of the frozen folder, as ComponentGroup AppFiles under INSTALLFOLDER.
Invoke-Checked $Heat @("dir", $App, "-nologo", "-cg", "AppFiles", "-dr", "INSTALLFOLDER",
    "-srd", "-sreg", "-gg", "-g1", "-sfrag", "-var", "var.SourceDir",
    "-out", (Join-Path $Work "files.wxs"))
Invoke-Checked $Candle @("-nologo", "-arch", "x64", "-dVersion=$MsiVersion", "-dSourceDir=$App",
    "-dIconFile=$Icon", "-dWin64=yes", "-out", "$Work\",
    "packaging\windows\hygiene-app.wxs", (Join-Path $Work "files.wxs"))
$Msi = Join-Path $Root "dist\hygiene-app-$Version-x64.msi"
Invoke-Checked $Light @("-nologo", "-out", $Msi,
    (Join-Path $Work "hygiene-app.wixobj"), (Join-Path $Work "files.wixobj"))

if ($env:WINDOWS_CERT_THUMBPRINT) {
    Invoke-Checked "signtool" @("sign", "/sha1", $env:WINDOWS_CERT_THUMBPRINT, "/fd", "sha256",
        "/tr", "http://timestamp.digicert.com", "/td", "sha256", $Msi)
}

$Hash = (Get-FileHash -Algorithm SHA256 $Msi).Hash.ToLower()
"$Hash  $(Split-Path -Leaf $Msi)" | Out-File -Encoding ascii (Join-Path $Root "dist\SHA256SUMS-windows")
Write-Host "Built $Msi"
