<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <source>Automatic updates turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: reads the update settings on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkup could not tell whether apt-daily-upgrade.timer, which starts the automatic upgrades, is on ({why})</source>
        <extracomment>Security updates are installed without anyone&apos;s help. The system looks for (maybe downloads) updates, then waits for a person. Turned on, but paused until a date (Windows). What does (or would do) the updating: &quot;unattended-upgrades&quot;, &quot;Windows Update&quot;, ... An organization&apos;s policy sets these settings. ISO-8601 UTC time at which paused updates resume. The parsed settings behind the verdict. Why the level is UNKNOWN. A lesser gap in an otherwise automatic setup, shown as a low-severity warning. Why the level is CHECKS_ONLY or OFF, in one sentence for the user. The policy (registry key, value and data) that sets the level, named for the user. `systemctl is-enabled` answers (systemd 252+); anything else is no answer. The Windows Update policy key exists: an organization (or a tweak tool) manages updates. The latest pause end among PauseUpdatesExpiryTime and PauseQualityUpdatesEndTime.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic upgrades are configured, but the unattended-upgrades package that does them is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic upgrades are configured, but their daily timer (apt-daily-upgrade.timer) is turned off or not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security updates are not installed automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}, which says whether dnf-automatic installs updates, could not be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl could not tell which timers are enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf-automatic runs, but is set to only download or report updates (apply_updates is not &apos;yes&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME Software downloads updates, but they are only installed when you choose to restart and install them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic update service (dnf-automatic) is turned on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows Update policies could not be read ({why})</source>
        <extracomment>Policy AUOptions that download or look for updates but wait for a person to install them. Windows: where policies (Group Policy, an MDM such as Intune, or a &quot;tweak&quot; program) switch Windows Update off or pause it, each read with `reg query` (exit 1: the key does not exist, in any language). The first is read with its AU subkey (`/s`). A pause a policy starts lasts this long (Windows&apos; own limit for quality updates). Feature updates (new Windows versions) are paused; security fixes still arrive. When a pause ends, if the policy says (UTC, YYYY-MM-DD).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New versions of Windows (feature updates) are paused; security fixes still arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy on this computer (NoAutoUpdate) turns automatic updates off.</source>
        <extracomment>Microsoft.Update.AutoUpdate NotificationLevel: 1 = never check, 2 = notify before download, 3 = notify before install, 4 = scheduled installation (0 = not configured: the default).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Update is set to never check for updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Update is set to ask before downloading or installing updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Mac does not check for updates automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Responses and system files are not installed automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New updates are not downloaded automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS updates are not installed automatically; you will be asked to install them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plutil output for {path} was not understood ({error})</source>
        <extracomment>The program unattended-upgrades installs: what tells the package is there. Its configuration file. Not proof of the package: `apt remove` keeps configuration files. dnf5-automatic&apos;s (Fedora 41+) defaults; /etc/dnf/automatic.conf holds this machine&apos;s overrides of them (dnf5-automatic(8)). Every dnf-automatic timer&apos;s state in one call (see `parse_unit_files`). Seconds per probe. UPD-002&apos;s worst path (Debian: apt-config, systemctl, gsettings; or macOS: two plutil runs; or Windows: one PowerShell run) stays well under META.timeout. Windows: the PowerShell probe, then the three policy keys (reg answers in a fraction of a second; 9 + 3 x 1 s keeps room in META.timeout). The dictionary; empty when the file does not exist; None when it could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch Linux has no automatic update service: update by hand every week or so with &apos;sudo pacman -Syu&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking automatic updates on {name} is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings, then Windows Update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it says updates are paused, select &apos;Resume updates&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &apos;Advanced options&apos; and make sure nothing there pauses updates. Select &apos;Check for updates&apos; once to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a message says some settings are managed by your organization, ask your IT support to turn automatic updates on. On a personal computer where a tool turned them off: press Windows+R, type gpedit.msc, open Computer Configuration, Administrative Templates, Windows Components, Windows Update, and set &apos;Configure Automatic Updates&apos; to &apos;Not Configured&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What winget, the App Store or Homebrew send to their own sources to look for updates (the app asks them for their list); nothing goes to this app&apos;s makers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winget asks to accept a source&apos;s terms first: type &apos;winget upgrade&apos; once in a terminal and answer its question</source>
        <extracomment>Windows: the list of upgrades, without prompts (source agreements accepted: the default sources&apos; terms; without it winget waits for an answer nobody can give). winget&apos;s &quot;no applicable upgrade&quot; (APPINSTALLER_CLI_ERROR_UPDATE_NOT_APPLICABLE), as Windows reports it (unsigned) and as a signed 32-bit number. macOS: Homebrew where its installer puts it (an app started from the Finder has no PATH). Where the list came from: &quot;winget&quot;, &quot;homebrew&quot;, &quot;app_store&quot;. winget: upgraded only when asked for by name (pinned or &quot;explicit targeting&quot;). Whether a table was found at all (no table and no &quot;no upgrade&quot; answer is no answer).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winget&apos;s answer held no list of upgrades this app could read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homebrew refuses to run with administrator rights, and this app has them</source>
        <extracomment>&quot;winget&quot;, &quot;homebrew&quot;, &quot;app_store&quot;. None: this source could not be read (see `reason`). The tool&apos;s run, when it could not give an answer (timeout, too much output...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homebrew&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of &apos;mas&apos; could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homebrew apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} app needs an update ({names})</source>
        <comment>{n} apps need an update ({names})</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{names}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old versions of apps carry holes that are publicly known; updating them takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your apps are up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether every app is up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether your apps are up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Mac has no list of outdated apps to read: neither &apos;mas&apos; (for the App Store) nor Homebrew is installed; the App Store shows its updates under Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps that need an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} app</source>
        <comment>{n} apps</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Outdated apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To update one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (the tool is not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most attacks use holes that were fixed months ago, in apps nobody updated. Updating them closes those holes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update your apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal: right-click Start and choose &apos;Terminal&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update every app winget knows (Windows may ask to allow each installer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps listed to update one by one need their own command, for example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps from the Microsoft Store update in the Store app, under Library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the App Store, choose Updates in the sidebar and then &apos;Update All&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the apps installed with Homebrew in Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux, apps from apt, dnf, Flatpak and Snap are covered by &apos;OS updates pending&apos; (UPD-001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Apple menu, System Settings, General, then Software Update (on macOS 12 and earlier: System Preferences, Software Update).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the (i) button next to &apos;Automatic Updates&apos; and turn on every switch, especially &apos;Install Security Responses and system files&apos;. Enter your password when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the switches are greyed out, your organization manages them: ask your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal, type the following and answer &apos;Yes&apos;: it installs security updates every day, on Debian, Ubuntu and their relatives alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do the same without a terminal on Ubuntu, open &apos;Software &amp; Updates&apos; and go to the &apos;Updates&apos; tab. Set &apos;Automatically check for updates&apos; to &apos;Daily&apos; and &apos;When there are security updates&apos; to &apos;Download and install automatically&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal and install the automatic update service:</source>
        <extracomment>Fedora 41 and later: dnf5&apos;s plugin and timer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its settings file as administrator and, in the [commands] section, set &apos;apply_updates = yes&apos; (add the line if it is missing), then save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the daily timer on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates install security fixes within a day or two of their release, without you having to remember. Without them, a computer quietly falls weeks behind and stays open to attacks that are already fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on automatic updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: updates install by themselves</source>
        <extracomment>Windows and macOS (its Linux steps are Debian&apos;s; Linux picks its guide by distribution).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updates are found, but wait for you to install them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy sets this: {policy}. Your organisation set it, or a program did (some &apos;tweak&apos; and privacy tools do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (managed by your organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether automatic updates are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the update settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates are turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates are paused until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then, Windows installs no updates, security fixes included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While they are, Windows installs no updates, security fixes included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates are found but not installed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates are on, with one gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic updates are on ({mechanism})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: asks the system whether its firewall is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel&apos;s rules filter incoming traffic</source>
        <extracomment>Linux: ufw&apos;s own switch (world-readable); ENABLED=yes means &quot;start at boot&quot;. Linux: the nftables service&apos;s rule files (Debian/Arch, then Fedora/RHEL). Linux: one call answers for all three services, one state a line, in this order. Linux: firewalld&apos;s own answer; may need polkit authorization. Linux, administrator only: the live state as the kernel holds it. macOS: the Application Firewall&apos;s switch (readable without administrator rights). Windows: each firewall profile&apos;s switch (the effective policy, falling back to the local one when the effective store cannot be read), the category of each connected network, and any third-party firewall registered with Windows Security. One JSON object. The source exists but gave no usable answer (permission, error, unknown output). No answer because administrator rights were missing. &quot;Domain&quot;, &quot;Private&quot; or &quot;Public&quot;. None when the state is &quot;NotConfigured&quot; or unreadable. &quot;Block&quot;, &quot;Allow&quot;, &quot;NotConfigured&quot; (= Block) or &quot;&quot; when unknown. (interface, profile name) of each connected network; None when unknown. &quot;Block all incoming connections&quot;. Chains that belong to a firewall: jumping to them from the input path means filtering. Tables and chains other software adds that are not a host firewall: VPNs, containers and VMs, and intrusion blockers (fail2ban, crowdsec, sshguard) that ban a few addresses but let everybody else in. Statements that neither decide nor restrict anything. &quot;accept&quot;, &quot;drop&quot; (drop or reject), &quot;jump&quot;, &quot;goto&quot;, &quot;return&quot; or &quot;&quot; (no verdict). (chain, the condition under which packets reach it) A statement that drops or rejects whatever reaches it: at most counter, log and a comment around the verdict. NetworkCategory (name or enum number) -&gt; the firewall profile that applies.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel&apos;s rules let everything in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules drop some traffic, but whether they block unrequested connections is unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw is switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw is installed but switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw is set to start, but whether it is running could not be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw.conf has no ENABLED line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ufw.conf cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firewalld service is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewalld is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firewalld is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nftables service loads rules that filter incoming traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nftables service is running, but its rules could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socketfilterfw output was not understood: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socketfilterfw output was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall stops other devices on the same network from connecting to programs on your computer that you never meant to share. It costs nothing, does not slow you down, and matters most on public Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Windows Security at &apos;Firewall &amp; network protection&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select each network that says &apos;Firewall is off&apos; (Domain, Private and Public network) and switch &apos;Microsoft Defender Firewall&apos; on. Confirm if Windows asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk encryption on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: asks the system whether its disks are encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk under it was not found in the list of block devices</source>
        <extracomment>Linux: the block-device tree. MOUNTPOINTS (every mount of a device: btrfs subvolumes) needs util-linux 2.37; older lsblk rejects the column and is asked again without it. Linux: what is mounted where, and from what (the kernel&apos;s own list; no tool needed). Linux: device-mapper devices; `dm/uuid` starts with CRYPT-LUKS1-, CRYPT-LUKS2-, CRYPT-PLAIN- (or CRYPT-TCRYPT-, CRYPT-BITLK-...) for an encrypted mapping, LVM- for a logical volume. Linux: batteries that power the computer (a mouse&apos;s battery has scope &quot;Device&quot;). Linux: files a container runtime leaves (Docker, Podman) or systemd&apos;s own note. Linux: eCryptfs keeps each encrypted home&apos;s real files under here. Windows: the system drive, the shell&apos;s BitLocker property (readable by every user), and, when the app runs elevated, Get-BitLockerVolume&apos;s state as words. One JSON object. macOS: FileVault&apos;s state, readable by every user. macOS: the power source; a portable Mac lists its &quot;-InternalBattery-0&quot;. The device (or ZFS dataset) mounted there, as the system names it. How it is encrypted: &quot;LUKS2&quot;, &quot;dm-crypt&quot;, &quot;ZFS aes-256-gcm&quot;... Why it is unknown. &quot;ecryptfs&quot; or &quot;fscrypt&quot; when the user&apos;s home folder is encrypted on its own. True when a battery powers this computer; None when it could not be seen. Encrypted device-mapper devices: name -&gt; type (LUKS2, PLAIN...). The shell&apos;s System.Volume.BitLockerProtection; None when empty or absent. Why Get-BitLockerVolume gave nothing (its error id), when it was asked. Where `volume` came from: &quot;Get-BitLockerVolume&quot; or &quot;manage-bde&quot;. Why manage-bde gave nothing, when it was asked. True when a battery powers this computer (Win32_Battery); None when unknown. Off, but set to switch on at the next log-out or restart. True on a portable Mac (pmset lists an internal battery); None when not asked/unknown. dm uuid prefix -&gt; the way people name it. manage-bde&apos;s English &quot;Conversion Status&quot; words -&gt; Get-BitLockerVolume&apos;s VolumeStatus. The mount points the checks look at (besides the user&apos;s home folder). File systems of a home folder that is not on this computer&apos;s disk.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zfs did not say whether the dataset is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lsblk&apos;s answer was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a container: its disk belongs to the computer it runs on, which cannot be seen from inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is held in memory, and the disks that keep the data are elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PowerShell output was not understood ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage-bde answered in a language the app does not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fdesetup&apos;s answer was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lost or stolen computer gives away everything on its disk: files, saved passwords and signed-in accounts. Anyone can take the disk out or start the computer from a USB stick and read it, whatever your login password. With disk encryption the disk is unreadable without your password or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up your files to an external disk or a cloud service first: encrypting a Linux system disk means reinstalling, which erases it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the installer of your distribution and choose to encrypt the new installation (Ubuntu: &apos;Advanced features&apos; &gt; &apos;Use LVM and encryption&apos;; Fedora: &apos;Encrypt my data&apos;). Pick a long passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe: without it nobody, not even you, can read the disk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts can encrypt in place with the disk unmounted, from a live USB stick (cryptsetup reencrypt). A power cut during it can destroy the data, so back up first anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your files back and run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings at &apos;Privacy &amp; security&apos; &gt; &apos;Device encryption&apos; and switch it on (sign in with a Microsoft account if Windows asks, so the recovery key is saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &apos;Device encryption&apos; page (Windows Pro or Enterprise)? Open Control Panel &gt; BitLocker Drive Encryption and choose &apos;Turn on BitLocker&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key where you can reach it without this computer: your Microsoft account, a printout or a USB stick kept apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security, scroll to FileVault and choose &apos;Turn On…&apos; (macOS 12 and older: System Preferences &gt; Security &amp; Privacy &gt; FileVault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how to unlock the disk if you forget your password: your iCloud account, or a recovery key that you write down and keep somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on disk encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume BitLocker protection</source>
        <extracomment>Windows: BitLocker encrypted the drive but its key lies in the clear (suspended).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While BitLocker is suspended, the key that unlocks the drive is stored unprotected on the drive itself: the data is encrypted, but anyone who takes the computer can read it. Windows suspends protection for some updates and usually resumes it after a restart; if it stays suspended, resume it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer once: Windows resumes protection that an update suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still suspended? Open Control Panel &gt; BitLocker Drive Encryption and choose &apos;Resume protection&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or, in PowerShell opened with &apos;Run as administrator&apos;, type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BitLocker in Control Panel (Windows Home)? The drive waits for device encryption to be switched on: open Settings at &apos;Privacy &amp; security&apos; &gt; &apos;Device encryption&apos; and switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let encryption finish</source>
        <extracomment>Encryption is under way: nothing to do but let it finish.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the whole disk is encrypted, the part not yet done can still be read by anyone who takes the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the computer switched on and plugged in until encryption has finished; you can keep working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume encryption</source>
        <extracomment>Windows: encryption was paused half-way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption stopped half-way: the part not yet encrypted can be read by anyone who takes the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Control Panel &gt; BitLocker Drive Encryption and choose to resume encryption, or type this in a terminal opened with &apos;Run as administrator&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish switching on FileVault</source>
        <extracomment>macOS: FileVault is set to switch on at the next log-out.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and back in (or restart): macOS asks for your password and then switches FileVault on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether the disk is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding /home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your home folder is encrypted ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own files are protected, but the rest of the disk is not: swap, temporary files, other users&apos; folders and the system&apos;s settings can be read by anyone who takes the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home disk is encrypted, the system disk is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your files in /home are protected, but swap, temporary files and the system&apos;s settings on the system disk can be read by anyone who takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk encryption is off for {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who takes this computer, or just its disk, can read your files, saved passwords and signed-in accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk under {target} could not be identified ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{targets}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disks under {targets} could not be identified ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk encryption is on ({methods})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk encryption is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BitLocker protects drive {drive}</source>
        <extracomment>System.Volume.BitLockerProtection, conservatively (research notes, section 5b): 1 and 6 (6 = locked, which Windows&apos; own &quot;Unlock Drive&quot; verb keys on) protected, 2 not encrypted; 3, 4, 5 are read differently by every tool that uses them, so they are no answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without administrator rights Windows does not say whether protection is suspended for an update; run the app as administrator to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive {drive} is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows did not say whether BitLocker protects drive {drive} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows did not say whether BitLocker protects drive {drive} (editions without BitLocker or device encryption say nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows reported BitLocker state {value} for drive {drive}, whose meaning is not documented; run the app as administrator for a definite answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BitLocker protection is suspended on drive {drive}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive is encrypted, but its key lies unprotected on the drive, so anyone who takes the computer can read it. (On Windows Home this is also how device encryption looks while it waits to be switched on.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive {drive} is being encrypted ({percent} done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption of drive {drive} is paused ({percent} done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is being switched off on drive {drive}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileVault is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileVault is encrypting the disk ({percent} done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileVault switches on at the next log-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then the disk is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileVault is being switched off ({percent} decrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileVault is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who takes this Mac can read your files, saved passwords and signed-in accounts. (Newer Macs encrypt the disk in hardware, but without FileVault the key is not tied to your password.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} ({method})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk holding the home folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fully encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encryption paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decryption paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypting the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decrypting the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switches on at the next log-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home folder encrypted with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on a battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive {drive}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BitLocker protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspended or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FileVault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in a container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings, choose Network, then Firewall (on macOS 12 and older: System Preferences &gt; Security &amp; Privacy &gt; Firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Firewall on. Enter your password if asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type this in Terminal (it asks for your password):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on Windows Firewall for all networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on the macOS firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on the firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal (on Ubuntu: press Ctrl+Alt+T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the firewall on (type your password when asked):</source>
        <extracomment>Ubuntu, Debian, Mint... with ufw installed but off.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer a window? Install &apos;Firewall Configuration&apos; (gufw), open it and switch Status on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on ufw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install ufw, the &apos;uncomplicated firewall&apos;:</source>
        <extracomment>Debian/Ubuntu family without ufw.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch it on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer a window? Install &apos;Firewall Configuration&apos; (gufw) instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the firewall now and at every start-up (type your password when asked):</source>
        <extracomment>Fedora, RHEL, CentOS... with firewalld installed but stopped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change what is allowed, open &apos;Firewall&apos; (firewall-config) from your applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start firewalld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install firewalld:</source>
        <extracomment>Fedora family without firewalld.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it now and at every start-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install &apos;ufw&apos; (or &apos;gufw&apos;, its window) from your software centre or package manager, for example on Arch Linux:</source>
        <extracomment>Any other Linux; also the guide shown on Windows and macOS.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch it on, now and at every start-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On systemd systems also make sure its service starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block unrequested incoming connections</source>
        <extracomment>Windows: the firewall is on but lets every incoming connection in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &apos;Restore firewalls to default&apos; at the bottom and confirm. (Apps you allowed before may ask again.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block unrequested incoming connections on all networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched on, with a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched on, but lets every incoming connection in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched on according to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off according to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {network} networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{interface} ({network})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only those made on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other firewall installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stealth mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sources}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall is on ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether the firewall is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firewall rules cannot be read without administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no firewall tool gave a clear answer ({answers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no firewall tool was found (ufw, firewalld, nftables or iptables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the local firewall settings could be read, not the effective (group policy) ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; without administrator rights the kernel&apos;s rules cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} Programs that listen on the network can be reached by other devices on the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Firewall is off; another firewall is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{products} is registered as this computer&apos;s firewall, and its state could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall is off for the network you are using ({profiles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other devices on this network can connect to programs on your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firewall state of the {profiles} profile could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall lets every incoming connection in ({profiles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall is on, but set to allow connections nobody asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall is off for {profiles} networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on such a network now, but the next time you join one your computer will be unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{profile} {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local settings ({store}) say: {profiles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socketfilterfw gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other devices on the same network can connect to sharing services and apps that listen on your Mac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall is on and blocks all incoming connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Wi-Fi without a VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: reads the security type of the Wi-Fi network you are connected to from this computer&apos;s own settings; no scan and no traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nmcli output was not understood</source>
        <extracomment>Terse, escaped, from NetworkManager&apos;s cached scan (`--rescan no` keeps it fast). WEP is broken in minutes: treated as open. The network&apos;s name when shown (may be &quot;&lt;redacted&gt;&quot; on macOS without location access). The security as the tool printed it (&quot;WPA2 Personal&quot;, &quot;Open&quot;, &quot;&quot;). Windows would not tell without location access.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows did not show the security of the connected network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised Wi-Fi security &apos;{security}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows only shows Wi-Fi details to apps allowed to use your location, and location access for desktop apps is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer has no Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows Wi-Fi service is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the netsh output is not in English or was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS did not show the security of the current network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS reports a Wi-Fi connection but not its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system_profiler output is not in English or was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Wi-Fi interface</source>
        <extracomment>Linux interface names of Wi-Fi devices (predictable names wl*, legacy wlan*, Atheros ath*).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Wi-Fi interface is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is connected, but its security cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkManager does not manage it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect yourself on open Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Wi-Fi network has no password (or only the broken WEP kind), so its traffic is not encrypted over the air. People nearby can see which sites you visit and read or alter anything that is not encrypted, and a fake network with the same name is easy to set up. A VPN that carries all your traffic, or your phone&apos;s own hotspot, avoids this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your VPN: open your VPN app and select Connect, or open Settings &gt; Network &amp; internet &gt; VPN and connect the VPN listed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPN? Turn on the hotspot on your phone (it uses WPA2 with a password) and connect to it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop joining this network automatically: open Settings &gt; Network &amp; internet &gt; Wi-Fi &gt; Manage known networks, select the open network and choose Forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your VPN: open your VPN app and choose Connect, or open System Settings &gt; VPN and turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPN? Turn on Personal Hotspot on your phone and join it from the Wi-Fi menu instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop joining this network automatically: open System Settings &gt; Wi-Fi, select Details next to the open network and choose &apos;Forget This Network&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your VPN: open your VPN app, or open Settings &gt; Network and switch your VPN on. In a terminal, `nmcli connection show` lists your connections; start the VPN by its name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPN? Turn on the hotspot on your phone and connect to it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop joining this network automatically: open Settings &gt; Wi-Fi, select the gear next to the open network and choose Forget, or in a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the checkup see your Wi-Fi security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since Windows 11 24H2, Windows only tells apps about Wi-Fi networks when they may use your location, because nearby network names can reveal where you are. The checkup only reads whether your current network is password-protected; it never reads or sends your location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; security &gt; Location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on &apos;Location services&apos; and &apos;Let desktop apps access your location&apos;. You can turn them off again after the checkup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected only by WEP, an old and broken method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether your Wi-Fi is secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Wi-Fi security could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Wi-Fi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Wi-Fi is password-protected ({security})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEP-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {kind} Wi-Fi, but your VPN carries all your traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Wi-Fi network is not encrypted, but {vpn} encrypts everything you send before it reaches the Wi-Fi. Keep the VPN on while you use this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {kind} Wi-Fi; could not confirm a VPN protects you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Wi-Fi network is not encrypted. The checkup could not tell whether a VPN carries your traffic ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {kind} Wi-Fi; your VPN protects only some of your traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Wi-Fi network is not encrypted. Your VPN ({vpn}) only carries some traffic; the rest travels over the open network where others can watch it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {kind} Wi-Fi; your internet traffic does not go through a VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Wi-Fi network is not encrypted, and your internet traffic goes out through {route}, not through a VPN ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your normal connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to {kind} Wi-Fi without a VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Wi-Fi network is not encrypted: people nearby can see the sites you visit and read anything that is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart to finish updates</source>
        <extracomment>After this long without a restart, updates that need one are probably waiting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: reads the restart flags and the time since start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf needs-restarting gave no answer: {said}</source>
        <extracomment>The platform keeps no such flag (macOS): only uptime can tell. Packages or components asking for the restart, when the system names them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnf needs-restarting gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed kernels are not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel {release} was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel {release}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the running kernel cannot be read</source>
        <extracomment>Debian packages that create REBOOT_REQUIRED; without one of them its absence means nothing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed kernels in /usr/lib/modules cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/run/reboot-required cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing on this system records pending restarts (update-notifier-common and unattended-upgrades are not installed) and {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart your computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates that were installed are not protecting you yet: the old code keeps running until the computer restarts. Restarting takes a few minutes and finishes the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your work and close your apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the system menu (top-right corner) and choose Restart, or type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you are back, run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Start, select the power button, then choose Restart (or &apos;Update and restart&apos;). Do not use &apos;Shut down&apos;: with Fast Startup it does not restart Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Apple menu and choose Restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restart is needed to finish installing updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not restarted for {days} day</source>
        <comment>Not restarted for {days} days</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some updates only take effect after a restart. Restarting every week or two keeps them from piling up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether a restart is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell when the computer last restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start-up time is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restart pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restart pending (restarted today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No restart pending (restarted {days} day ago)</source>
        <comment>No restart pending (restarted {days} days ago)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Operating system updates installed</source>
        <extracomment>A package list older than this (days) cannot vouch for &quot;no updates&quot;. From this many waiting security updates on, the finding is CRITICAL rather than HIGH. At most this many package names go into the evidence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system&apos;s own update tools ask your vendor&apos;s update servers which updates exist, as they do on their own every day. Nothing about you is sent by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ubuntu releases some updates gradually (phased updates), so &apos;apt upgrade&apos; may hold a few of these back for a few days.</source>
        <extracomment>A Linux whose package manager this check does not know. True: a security fix; False: not one; None: the source does not say. Why the source gave no answer; empty when it answered. The source read a list cached on disk rather than asking the servers now. Days since the cached list was refreshed, when known. Why the source&apos;s security labels could not be read, when they could not: the updates&apos; `security` is then None although the source does label them. A sentence for the user about these updates (Ubuntu&apos;s phased updates). Words of the column titles flatpak prints when it prints a header (on a terminal). A snap&apos;s name: lower-case letters, digits and dashes. MSRC severities Windows Update puts on security updates; not translated. Windows Update result codes that mean the search did not complete. Offline mode: compare against the metadata dnf already has, asking no server. Run after DNF_CHECK (so the metadata is fresh and in the cache). Offline mode: do not sync the temporary package database first. Where the flatpak and snap programs live: offline mode looks for them without running them. Seconds per probe. The slowest path, dnf + its security labels + Flatpak + Snap, asks for 22 + 7 + 7 + 5 = 41 s of META.timeout&apos;s 45; checkupdates + Flatpak + Snap 34 s; apt 22 s; Windows 25 s; macOS 15 s + plutil&apos;s 5 s. Offline mode: search what Windows Update already downloaded about updates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking updates on {name} is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Update reported error {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softwareupdate gave no usable answer ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &apos;Check for updates&apos;, then &apos;Download &amp; install&apos; for anything listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Windows asks for a restart, save your work and select &apos;Restart now&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &apos;Update Now&apos; or &apos;Restart Now&apos; and enter your password when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatively, an administrator can install everything from Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &apos;Software Updater&apos; from your applications menu and select &apos;Install Now&apos;. Or open a terminal and type (it asks for your password):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &apos;Software&apos; (GNOME) or &apos;Discover&apos; (KDE), go to Updates and install them. Or open a terminal and type (it asks for your password):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal and update the whole system at once (never only some packages):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update your Flatpak apps (also possible from &apos;Software&apos; or &apos;Discover&apos;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update your Snap apps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a restart is requested, restart, then run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the waiting updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates close security holes that attackers already know about. Until they are installed, this computer stays open to them. Installing takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System packages (APT)</source>
        <extracomment>Windows, macOS, and Linux apps only (Flatpak and Snap).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System packages (DNF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System packages (pacman)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatpak apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another update source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total}, of which security: {security}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of updates refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of available updates was last refreshed {days} days ago, so more updates are probably waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System updates could not be checked: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security labels could not be read: {reason}. Some of these updates probably fix security problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not say which updates fix security problems; some of these probably do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (update list {days} days old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{security} security update is waiting to be installed ({total} in all)</source>
        <comment>{security} security updates are waiting to be installed ({total} in all)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} update is waiting to be installed</source>
        <comment>{count} updates are waiting to be installed</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list of updates is {days} days old: updates may be waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{count} app update is waiting to be installed</source>
        <comment>{count} app updates are waiting to be installed</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not tell whether updates are waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkup could not tell when the list of available updates was last refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No updates are waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: asks this computer which connection it would use to reach the internet; no traffic is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may be a dial-up or DSL link, not a VPN</source>
        <extracomment>A public address whose route the kernel resolves; nothing is sent to it. A second public address, unrelated to any DNS resolver (a CDN&apos;s), looked up when the first goes into a tunnel: split tunnels often route public resolvers such as 1.1.1.1 into the VPN. Nothing is sent to it either. Linux: the same for the second address; run only when the first route is a tunnel. macOS: the route the kernel would pick for a public address. Unlike `route get default` this also sees the `0/1` + `128/1` routes many VPN clients add instead of replacing the default. macOS: the same for the second address; run only when the first route is a tunnel. Linux: every IPv4 route of every table; read only when a tunnel is up beside the internet route, to tell a split-tunnel VPN from a tunnel that carries nothing by itself. macOS: the same, from the IPv4 routing table with its flags (I: interface-scoped). Windows: adapters that are up (described by their driver, since friendly names are localized and renameable), the adapter of the best route to each of the two public addresses, and the built-in (RAS) VPN connections, which have no adapter of their own. Each route lookup (a local kernel query, normally instant). Linux and macOS make at most two: 2 x 2 s stays within NET-002&apos;s budget and, after system_profiler&apos;s 8 s, NET-003&apos;s 12 s. The one PowerShell probe (both route lookups happen inside it). The interface the operating system uses to reach the internet, when known. Tunnels that are up but carry nothing the system routes by itself (DNS filters). The operating system answered that there is no route (offline), as opposed to the lookup failing. Interface names that are VPN tunnels (Linux, and macOS for utun/ppp/ipsec/tun/tap). Virtual or point-to-point interfaces that are not VPNs: containers, VMs, bridges, mobile broadband (raw-IP modems are point-to-point), Apple&apos;s peer-to-peer and 6to4 interfaces. Interface names that say which product made the tunnel. Process-name prefixes (lower case, &quot;.exe&quot; removed) naming a VPN product; specific products first, since several of them run OpenVPN or WireGuard underneath. Process-name prefixes of the VPN clients that run over a `ppp` interface (L2TP, PPTP, SSTP, openfortivpn; racoon is macOS&apos;s L2TP-over-IPsec). `pppd` alone also drives PPPoE and modems, so it proves nothing. Windows adapter descriptions (lower case substrings) of VPN tunnels, with the product. Virtual adapters that are not VPNs even though they are not hardware.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} carries none of your internet traffic: like the tunnel of a DNS-filtering app, it has only a route that programs must ask for and routes to single addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet traffic is routed into the tunnel {name}, but it is not running</source>
        <extracomment>False for virtual adapters (tunnels, Hyper-V, VMware); None when not reported. Names of connected built-in Windows VPN connections, with their split-tunnel flag. The adapter of the route to SECOND_PUBLIC_ADDRESS, or why it is not known.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkup could not tell whether {name} carries your internet traffic: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the routing table could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the second route was not looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} carries some internet traffic, but could not tell whether it carries all of it: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows did not say which connection reaches the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows did not say which connection reaches {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet traffic goes through the virtual adapter &apos;{desc}&apos;, which is not a known VPN or virtual machine adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet traffic goes through &apos;{name}&apos;, which is not among the connected adapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer has no route to the internet right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a VPN on networks you do not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home or at work you can skip this. On public Wi-Fi (cafés, hotels, airports, trains) whoever runs the network can see which sites you visit and tamper with anything not encrypted. A VPN sends all your traffic through an encrypted tunnel to a server you trust. Your employer may provide one; otherwise choose a reputable paid VPN service and install its app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your VPN: open the app your organisation or VPN provider gave you (Cisco AnyConnect, GlobalProtect, WireGuard, NordVPN, ...) and select Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without such an app, open Settings &gt; Network &amp; internet &gt; VPN, select &apos;Add VPN&apos; and enter the details your provider gave you, then select Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your VPN: open the app your organisation or VPN provider gave you, from the menu bar or Applications, and choose Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without such an app, open System Settings &gt; VPN, choose &apos;Add VPN Configuration&apos;, enter the details your provider gave you and turn the VPN on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your VPN: open the app your provider gave you (Mullvad, Proton VPN, Tailscale with an exit node, ...) and connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without such an app, open Settings &gt; Network, select &apos;+&apos; next to VPN, import the configuration file your provider gave you and switch the VPN on. In a terminal instead, list your connections with `nmcli connection show` and start the VPN by its name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this check again: it should say the VPN carries your traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the VPN carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all your internet traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only some destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tunnels that carry no internet traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether a VPN is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network setup could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN connected: {name} carries all your internet traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN connected (split tunnel): {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN only carries traffic for some destinations, usually your organisation&apos;s network; everything else goes straight out through {route}. That is usually deliberate. On public Wi-Fi, the rest of your traffic is not protected by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VPN seems connected ({name}), but could not tell what it protects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is fine on your home or work network. On public Wi-Fi, connect a VPN first; the &apos;Open Wi-Fi without a VPN&apos; check warns you when it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPN connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No VPN tunnel is up ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords</source>
        <extracomment>Evidence values are plain JSON so reports and snapshots can carry them unchanged. The latest time a stored date may hold (1 January 3000, in seconds since the epoch): every date up to it can be shown on every platform. Settings and snapshots refuse later ones. The check could not tell (offline, tool missing, permission denied, unsupported). The check was not run (not for this OS, excluded, cancelled, needs the network offline). The check itself broke; a bug, reported with the check&apos;s id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing &amp; browsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi &amp; VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser extensions with full access from outside the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: reads the list of extensions in your browser profiles&apos; settings, never your browsing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can read and change everything on every website</source>
        <extracomment>The browser&apos;s own (component, default or system add-ons). Added by another program on this computer (Chromium external, Firefox side-loaded). Loaded from a folder in developer mode, from the command line, or temporarily. Forced in by a browser policy: the user cannot remove it. Installed from a file or a website, not from the store. Sources that are not the store and not the browser itself: with full access, a warning. Some sites, or none. `creation_flags` bits (Chromium extensions/common/extension.h `InitFromValueFlags`). The update addresses the stores write into an extension&apos;s installed manifest.json: Chrome Web Store (also Brave&apos;s and Vivaldi&apos;s store), Edge Add-ons, Opera add-ons. `installTelemetryInfo.source` values that mean the store (addons.mozilla.org, its recommendations in about:addons). Firefox `signedState` (AddonManager.SIGNEDSTATE_*): MISSING is 0, BROKEN/UNKNOWN below it; &quot;correctly signed&quot; is anything above MISSING. An absent value means &quot;not required&quot;. The name people see (&quot;&quot; until known; the id stands in for it). The raw `location` (Chromium&apos;s number as text, Firefox&apos;s key), for support. The patterns that reach every site. Firefox: False when not signed by Mozilla; None when not known or not required. Chromium: the entry&apos;s `path` (relative to the profile&apos;s Extensions folder, or absolute for an unpacked one), where its manifest.json is. For one installed by a policy: the policy file or registry key that names it, if found. Profiles whose extensions were read, as people read them. The same places as (browser, profile label or &quot;&quot;), for the sentence that names them. Every extension seen, in every profile read. ExtensionSettings `installation_mode`s that install an extension. At most this many policy commands (registry or managed-preferences reads) per run: with the profiles&apos; reads they fit in META.timeout even if each one times out. A policy beyond them is still reported as &quot;installed by a policy&quot;, without its key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by another program on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded from a folder in developer mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed by a policy, so it cannot be removed in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed from a file, not from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded temporarily for development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how}, not signed by Mozilla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the browser&apos;s extension list: type chrome://extensions in Chrome, edge://extensions in Edge, brave://extensions in Brave, or about:addons in Firefox, in the address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the extension named here and click Remove. Keep it only when you installed it yourself on purpose and know who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Developer mode off (top right of the extension list) unless you write extensions yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because it could read every page, change the passwords of your e-mail and bank accounts, starting with e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove extensions that did not come from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension that can read every website sees your mail, your bank and the passwords you type. The stores check extensions and remove harmful ones; one added another way was checked by nobody, and that is how adware and password thieves get in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the extension comes back after you remove it, a program on this computer keeps adding it: uninstall programs you do not recognise and run a full malware scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See which policy installed it: open chrome://policy (edge://policy in Edge, brave://policy in Brave, about:policies in Firefox) and look for ExtensionInstallForcelist or ExtensionSettings, and where it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT person when this computer belongs to your work or school: the policy may be theirs, and they can tell you what the extension is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody manages this computer? Then a policy that forces an extension in is a common sign of malware. Run a full malware scan before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the browser, open its extension list and remove the extension; it can be removed once the policy is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out which policy installed an extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser policy can install an extension that reads every website and cannot be removed. Organisations use this on their computers; on a personal computer it is how malware hides its extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the policy: in Registry Editor delete the ExtensionInstallForcelist key below HKEY_CURRENT_USER and HKEY_LOCAL_MACHINE in Software\Policies\Google\Chrome (Microsoft\Edge, BraveSoftware\Brave, Mozilla\Firefox for the others). This lists what is there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the policy: open System Settings &gt; Privacy &amp; Security &gt; Profiles (General &gt; Device Management on newer macOS) and remove a profile you do not recognise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the policy: the files are in /etc/opt/chrome/policies/managed (/etc/chromium, /etc/opt/edge, /etc/brave, /etc/firefox/policies for the others). Delete the file that names the extension, as administrator. This lists them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An extension from outside the store can read every website</source>
        <comment>{n} extensions from outside the store can read every website</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{names}: {access}, and did not come from the browser&apos;s store, so nobody checked what it does with what it sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell which extensions your browsers have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extension settings of {profiles} cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell where some extensions came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the origin or the permissions of {names} cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser profile found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile of Chrome, Chromium, Edge, Brave, Opera, Vivaldi or Firefox was found for this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extension from outside the store can read every website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off, and harmless while off: {names}. Remove them if you do not use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how} (set in {policy})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({where}): {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every website, not from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{extension}; it {access}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off, not from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell</source>
        <extracomment>Relative importance in the score (1 = minor, 10 = essential). The severity a failure has unless the finding says otherwise. One line for the user: what, if anything, leaves this machine when the check runs. Seconds the check may take before the runner gives up on it. This step, shown alone, is the guide&apos;s one-line fix (the CLI&apos;s &quot;Fix:&quot; line). Mark it when the guess in `engine.fix_line` would pick a step that leans on another. The check to run again to confirm the fix worked. Why the check could not tell (unknown), was not run (skipped) or broke (error). What was found, in human words (the evidence is the same, raw, for support).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the store, reading every website (fine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} extension in {profiles}</source>
        <comment>{n} extensions in {profiles}</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Developer mode on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check itself failed</source>
        <extracomment>Called on the runner&apos;s thread after each check finishes: (result, done, total). Seconds since the epoch, from the machine&apos;s (or the snapshot&apos;s) clock. Wall-clock seconds the whole run took.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check is not available on {os}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check needs the network, and offline mode is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkup was cancelled before this check ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check gave no answer within {s:.0f} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please follow the steps in this guide instead.</source>
        <extracomment>How much of the command&apos;s output the outcome keeps for the details view. pkexec: &quot;the user dismissed the authentication dialog&quot;. pkexec: &quot;not authorized, or authorization could not be obtained&quot;. Windows ERROR_CANCELLED; our PowerShell wrapper exits with it when UAC was refused. AppleScript&apos;s &quot;User canceled.&quot; error number. True when the fix ran to the end and reported success. One or two sentences for a non-expert. The end of what the command printed, for the curious and for support. True when the user said no at the administrator prompt (nothing was changed). PowerShell ends a single-quoted string at any of these, so each is doubled inside one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no &apos;pkexec&apos;, the tool the app uses to ask for the administrator password, so the app cannot make this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program this fix needs (&apos;{name}&apos;) is not on this computer, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix did not finish within {minutes} min, so the app stopped waiting. It may or may not have worked: check again to find out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix was stopped before it finished. Check again to see where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix could not be started, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix printed far more than expected, so the app stopped it. It may or may not have worked: check again to find out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the change was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cancelled the administrator prompt; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not allowed: the password was not accepted, or this account may not make changes as an administrator. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix did not work (it stopped with error code {code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All good</source>
        <extracomment>What the whole machine is when nothing is left to act on or to look at.
----------
The most problem titles a notification lists before &quot;and N more&quot;. No problem that counts. Advice (recommended actions, tips), or checks that could not tell. A finding whose status word is &quot;Action needed&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} new problem found</source>
        <comment>{n} new problems found</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until {date}</source>
        <extracomment>Seconds since the epoch when it stops applying. Why the risk is accepted (required for ACCEPT, optional for SNOOZE).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk accepted until {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FixWizard</source>
        <comment>This is for the recorded computer: whoever uses it pastes it there and presses Enter.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>FixWizard</source>
        <comment>Paste it into PowerShell (Ctrl+V) and press Enter.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixWizard</source>
        <comment>Paste it into Terminal (Command+V) and press Enter.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FixWizard</source>
        <comment>Paste it into a terminal (Ctrl+Shift+V) and press Enter.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System keyring usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: asks which secret store apps can use, without opening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service (GNOME Keyring, KWallet or KeePassXC)</source>
        <extracomment>keyrings.alt keeps secrets in files or the registry, not in the OS keyring: the e-mail breach screen refuses them too (services/passwords/hibp.py), and the two must agree. What people call the stores behind the usual backends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Secret Service through libsecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several secret stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret store this app does not know by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give apps a place to keep their secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps keep passwords and sign-in tokens in the system&apos;s keyring, which is locked with your login. Without a usable keyring they cannot remember secrets safely: they either ask every time or write them into ordinary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install GNOME Keyring, the keyring of GNOME, Cinnamon, MATE and Xfce (KDE Plasma uses KDE Wallet, turned on in its System Settings). Debian or Ubuntu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fedora:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On KDE Plasma, open System Settings &gt; KDE Wallet and tick &apos;Enable the KDE wallet subsystem&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and log in again: the keyring starts with your desktop session. In a remote (SSH) session or a container there is no session bus (DBUS_SESSION_BUS_ADDRESS is empty), so no keyring can be reached there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you once turned the keyring off for Python apps, delete the file ~/.config/python_keyring/keyringrc.cfg and unset PYTHON_KEYRING_BACKEND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows has a keyring built in: Credential Manager. Open Start, type &apos;Credential Manager&apos; and open it to check that it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a setting sends apps elsewhere, delete the file keyringrc.cfg in the folder %LOCALAPPDATA%\Python Keyring, and remove the PYTHON_KEYRING_BACKEND variable (Start &gt; &apos;Edit environment variables for your account&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out, sign in again and run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS has a keyring built in: the Keychain. Open Keychain Access (Applications &gt; Utilities) and check that the &apos;login&apos; keychain is there and unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a setting sends apps elsewhere, delete the file ~/.config/python_keyring/keyringrc.cfg and remove PYTHON_KEYRING_BACKEND from your shell profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out, log in again and run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where apps keep secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ordinary file, not locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere: no secret store answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether the keyring is usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring library is not available to this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{store} is built into {os}, but this app could not use it; a setting such as PYTHON_KEYRING_BACKEND may be turning it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store (GNOME Keyring, KWallet, KeePassXC&apos;s Secret Service) answered for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring in use writes secrets into an ordinary file instead of a locked keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keyring: apps cannot store secrets safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps keep their secrets in a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps can keep secrets in {store}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: reads your own account list on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification on important accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification reviewed recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important accounts listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stronger method available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed account)</source>
        <extracomment>How much MFA being off matters, by category: e-mail resets every other account. The three kinds of account the article names. At most this many service names in a finding&apos;s text (the evidence lists them all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security advice is to &quot;enable multi-factor authentication on all your sensitive accounts, including email, banking, and social media&quot;. With two-step verification, a stolen or guessed password alone no longer lets anyone in: they also need your phone or your key. Start with your e-mail, because whoever controls it can reset the password of every other account. Choose the strongest method a service offers. Best is a security key or a passkey: it only works on the real website, so a fake login page cannot trick it. Next is an authenticator app, whose codes never travel over the phone network. Last come text-message (SMS) codes: SMS codes can be stolen by SIM swapping; an authenticator app or a security key cannot. Even SMS is far better than no second step at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Hygiene Checkup and go to the Accounts screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the service&apos;s link to its security settings, or sign in on its website and look for &quot;Security&quot;. Two-step verification may also be called 2-step verification, two-factor authentication (2FA), multi-factor authentication or login approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the strongest method offered: a security key or passkey first, then an authenticator app (such as Google Authenticator, Microsoft Authenticator, Aegis or 2FAS), and text-message (SMS) codes only when nothing else is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery codes the service shows you somewhere safe, such as your password manager or a printed copy at home. They get you back in if you lose your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an account marked &quot;off&quot;, starting with the ones at the top of the list: your e-mail first, then banking, social media and work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in Accounts, select &quot;I turned it on&quot; and tick the method you chose. Repeat for every account marked off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out whether two-step verification is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an account whose two-step verification is marked &quot;unknown&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If two-step verification is on, note which method it uses. If it is off, turn it on now: choose a security key or passkey first, then an authenticator app, and SMS codes only when nothing else is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in Accounts, mark it on, off or not offered. Repeat for every account marked unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review your two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an account marked as due for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that two-step verification is still on, that the phone number or devices listed are yours, and that you still have the recovery codes. If the service now offers a security key, passkey or authenticator app, switch to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in Accounts, select &quot;Confirm&quot; to record today&apos;s date (and correct the state or method if it changed). Repeat for every account due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the first-run guide (or &quot;Add accounts&quot;) to tick the e-mail, banking and social media services you use. Only the service and whether two-step verification is on are kept: never a password, a code or your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each account, mark whether two-step verification is on, off or not offered. If you are not sure, sign in to the service and look in its security settings, or mark it unknown for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the accounts that matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your e-mail account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for your e-mail service (for example Gmail, Outlook, iCloud Mail or Proton Mail) and add it, or enter it by hand if it is not listed. Add each e-mail address you use to sign in or to reset passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch from SMS codes to a stronger method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an account that uses only SMS codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a security key or passkey if the service offers one; otherwise add an authenticator app by scanning the QR code it shows with the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the new method the default. If the service lets you, remove SMS as a way to sign in, once the new method works and your recovery codes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in Accounts, update the method. Repeat for each account listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no accounts in your list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts in your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important kinds not listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review two-step verification every</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} month</source>
        <comment>{n} months</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} (last {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed too long ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} (offers {methods})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS codes where a stronger method is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS codes; other methods not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS codes, the only method offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether your accounts use two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it on for: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail comes first: whoever controls it can reset the password of every other account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also find out for: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Two-step verification is off on {n} account</source>
        <comment>Two-step verification is off on {n} accounts</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have not told us whether {service} uses two-step verification</source>
        <comment>You have not told us whether {n} accounts use two-step verification</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not known for: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is on wherever it is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell when two-step verification was last reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Two-step verification confirmed within the last {months} month</source>
        <comment>Two-step verification confirmed within the last {months} months</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} account is due for a two-step verification review</source>
        <comment>{n} accounts are due for a two-step verification review</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check again: {names}. Services add stronger methods over time, and two-step verification can be switched off or moved to another phone without you noticing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell which accounts you have listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the accounts that matter: your e-mail, your bank, your social media. Hygiene Checkup cannot see inside them, so this list is how it helps you protect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail account listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail account resets all the others: whoever controls it can reset the password of every account that uses it. Add it so its two-step verification is checked too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} account listed, including your e-mail</source>
        <comment>{n} accounts listed, including your e-mail</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not tell which two-step verification methods you use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account has its two-step verification method recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account relies on SMS codes where a stronger method is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS codes can be stolen by SIM swapping; an authenticator app or a security key cannot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} account uses SMS codes where a stronger method is offered</source>
        <comment>{n} accounts use SMS codes where a stronger method is offered</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Switch: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also look whether these offer an authenticator app or a security key: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} account uses only SMS codes; a stronger method may be offered</source>
        <comment>{n} accounts use only SMS codes; a stronger method may be offered</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Look whether these offer an authenticator app or a security key, and switch if they do: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password exports left on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: reads only the first line (the column names) of CSV files in your Downloads, Desktop and Documents folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have not done so yet, import the file into your password manager (Bitwarden: Tools &gt; Import data; 1Password: File &gt; Import; KeePassXC: Database &gt; Import &gt; CSV file; Proton Pass: Settings &gt; Import) and open a few logins to check they arrived.</source>
        <extracomment>Folders below each scanned folder that are listed too: Downloads/a/b/export.csv is found. Directory listings plus first-line reads, over all folders: the scan&apos;s bound. A bigger CSV file is a data set, not a password export (10,000 logins take about 2 MB). At most this many columns in a header we look at. Most specific first; the first layout that fits wins. Columns that name a login&apos;s password, user and site in other managers&apos; exports (Dashlane, NordPass, Keeper, RoboForm, hand-made lists). A password column with both of the others is a list of logins whatever wrote it. File types that are never folders: not listed when seen in a scanned folder. Folders that hold programs or other tools&apos; data, never a user&apos;s export. Folders that exist but could not be listed. Folders that do not exist. The scan stopped at MAX_OPERATIONS before it had looked everywhere.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the export files: in this app, this check&apos;s details list them under &apos;What was found&apos;; the report of &apos;hygiene-app check&apos; lists them under this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the folder is synced (OneDrive, iCloud Drive, Dropbox, Google Drive), also delete the file from the service&apos;s own bin or &apos;Recently deleted&apos; list on its website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the password export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files hold your passwords in plain text. Anyone who opens the folder, any program you run and any backup or cloud sync that copies them can read every one. Once the passwords are in your password manager, the files are not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the files: in this app, choose &apos;Delete the files…&apos; in this check&apos;s details (it asks first), or select each one in Files and press Shift+Delete to delete it without moving it to the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you moved it to the Trash instead, empty the Trash, or run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the files: in this app, choose &apos;Delete the files…&apos; in this check&apos;s details (it asks first), or select each one in File Explorer and press Shift+Delete to delete it without moving it to the Recycle Bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you moved it to the Recycle Bin instead, right-click the Recycle Bin on the desktop and choose &apos;Empty Recycle Bin&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the files: in this app, choose &apos;Delete the files…&apos; in this check&apos;s details (it asks first), or select each one in Finder, hold the Option key and choose File &gt; Delete Immediately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you moved it to the Bin instead, open the Bin in the Dock and choose Empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password exports found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders looked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders that could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) files looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: there were too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} byte</source>
        <comment>{n} bytes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} day old</source>
        <comment>{n} days old</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path} ({details})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and {n} more</source>
        <comment>… and {n} more</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A password export is lying in your files</source>
        <comment>{n} password exports are lying in your files</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not look for password exports in every folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the folder {folders} cannot be opened</source>
        <comment>the folders {folders} cannot be opened</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not look for password exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of your Downloads, Desktop or Documents folders was found (they may have been moved to another drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look at every file for password exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these folders hold many files; only the first {n} files and folders were looked at, and none of those was an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password exports found in Downloads, Desktop or Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password manager in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: looks for password manager apps and for their extensions in your browser profiles&apos; settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <extracomment>Chrome Web Store and Edge Add-ons IDs; any Chromium browser can install from either. Linux: programs and install folders of desktop managers and command-line ones. Flathub application IDs (not Seahorse: it manages the keyring, it is not a manager). macOS: app bundles in /Applications or ~/Applications (Passwords.app is on every Mac). Windows: per-user installs under %LOCALAPPDATA% (relative to it) and machine-wide ones. Running processes (lower-case names) that are password managers. Windows programs (Uninstall DisplayName) and Store packages (Appx Name) by manager. The PowerShell probe pre-filters with MANAGER_NAMES_PS; these patterns decide. The &quot;User Data&quot; folder (Chromium) or the folder holding profiles.ini (Firefox), as parts below the home folder. Chromium&apos;s own non-user profiles. &quot;Chrome/Default&quot;, &quot;Firefox/abcd1234.default-release&quot;: profiles whose extensions we read. Why the Windows installed-programs probe gave no answer, when it was needed and failed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password manager. Bitwarden (free, every device), KeePassXC (free, keeps everything on your computer), Proton Pass and 1Password (paid) are well reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your vault with a master password you can remember but nobody can guess: four or five random words. Write it down and keep the paper at home, somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the passwords your browser saved: in Chrome, Edge or Brave open Settings &gt; Passwords (Password Manager) &gt; Settings &gt; Export passwords; in Firefox open about:logins, then the &apos;...&apos; menu &gt; Export passwords. Import the file into the manager (it has an Import menu), then delete the file and empty the bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the manager&apos;s browser extension in every browser and profile you use, and check it is switched on (chrome://extensions, edge://extensions or about:addons). Then turn off the browser&apos;s own offer to save passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using a password manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password manager remembers a different strong password for every site, so one leaked password opens nothing else. It also fills passwords in only on the real site, which stops most fake login pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it from your software centre (Flathub has Bitwarden, KeePassXC and Proton Pass), or in a terminal, for example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it from the Microsoft Store or the maker&apos;s website, or in a terminal, for example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install it from the App Store or the maker&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser} ({profile})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manager} in {browser}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed as an app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched on in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser profiles looked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manager}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No password manager app is installed, and the browser profile looked at ({profiles}) has no password manager extension switched on.</source>
        <comment>No password manager app is installed, and none of the {count} browser profiles looked at ({profiles}) has a password manager extension switched on.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Browser profiles that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manager}: extension on in {browser} ({profile})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password manager found: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether a password manager is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extensions of {profiles} cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the installed programs cannot be listed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password manager app is installed and no Chrome, Edge, Brave or Firefox profile was found to look for an extension in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password manager found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen because it is the most serious problem left with a fix; it does not change the score.</source>
        <extracomment>The effort of a problem without a fix guide: never suggested before one that has one. The user set this finding aside: it still costs its points, and is marked as such. &quot;snooze&quot; or &quot;accept&quot;. Seconds since the epoch when it stops applying. The set-aside in one sentence (&quot;Risk accepted until 2026-05-01: IT manages it&quot;). Whole score points it still costs (what fixing it would gain). The app can make this change for the user. Every fix that would raise the score, biggest first (set-aside ones included, marked). How many findings have each status word, in the vocabulary&apos;s order (none with 0).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+{n} point</source>
        <comment>+{n} points</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chosen because it is the quickest win: {points}, and the app can make the change for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen because it gives the most points for the work: {points} in {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes worth more points take more work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about {n} step</source>
        <comment>about {n} steps</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It is a link to {target}, where the passwords are; that file was not deleted.</source>
        <extracomment>Its size in bytes then; None when not known. A regular file, as found: it can be deleted. A symbolic link to a regular file: the passwords are in `target`. Nothing there any more. Something that is not a regular file (a folder, a pipe, a link to one): left alone. A different size than the checkup saw: it is not the file the user was shown. It could not be looked at (permissions). For a LINK: the real file it points to. The path&apos;s own identity (the link itself for a LINK), to re-check before deleting. For a LINK: the real file&apos;s identity. Why the passwords are still on disk, in a sentence; empty when they are not.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It changed since you were asked (it was moved, replaced or edited), so it was left alone; check again to see it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a regular file any more, so it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not the file the checkup found (its size changed), so it was left alone; check again to see it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be looked at (no permission), so it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be deleted ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a recording of another computer ({os}, recorded {when}, file {file}). Nothing you do here changes this computer.</source>
        <extracomment>Links that open a page on the web: the same page wherever it is opened. Why the stored settings could not be used; empty when fine. The recorded machine&apos;s clock when the snapshot was taken. What the window says about it (translated, then filled in with `fields()`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a recording of another computer: nothing is changed from here.</source>
        <extracomment>The user&apos;s account inventory and catalog; None where there is none to edit. Where checkups are remembered; None where they are not (a recording, most tests). Finds a program on this computer (tests pass a fake).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app cannot make this change here: {tool} is not on this computer. Follow the steps instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available offline yet</source>
        <extracomment>2FA Directory&apos;s required attribution (its content/api.md), shown wherever its data is. The most the directory&apos;s all.json may weigh: it is about 1 MB (a few thousand sites with their methods and links); this leaves years of growth, and stops a broken or hostile mirror long before memory does. The directory&apos;s method names (v4 `methods`, v3 `tfa`) and what they are here. Names not listed (a future method) are ignored rather than guessed. Where the service&apos;s MFA settings are (starter catalog); empty when unknown. 2FA Directory&apos;s &quot;documentation&quot;: the service&apos;s own page on enabling 2FA. 2FA Directory&apos;s &quot;recovery&quot;: what to do when the second factor is lost. Methods offered, strongest first (the directory&apos;s, else the starter catalog&apos;s). True when the methods or documentation shown come from 2FA Directory, whose data must be shown with `ATTRIBUTION`; the starter catalog&apos;s own methods need none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using the copy from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory sent data that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory sent data that could not be read: using the copy from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: using the copy from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banking &amp; payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security key or passkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in known breaches</source>
        <extracomment>The most a range answer may weigh. A padded bucket is 800-1,000 lines of about 40 bytes (35 hex, a colon, a count, CRLF), so about 40 KB; this leaves room for a mirror&apos;s largest buckets without padding, and stops a broken or hostile server long before memory does. The check could not be made (offline, server error...): never read this as &quot;not found&quot;. Why the status is UNKNOWN (&quot;offline&quot;, &quot;the server answered 503&quot;, ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen in breaches more than a million times</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>seen in breaches {count} time</source>
        <comment>seen in breaches {count} times</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>seen in breaches about {count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system still supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of your operating system&apos;s product (for example &apos;ubuntu&apos;) in a request for its public end-of-support dates to endoflife.date (or your organisation&apos;s mirror); nothing about you or this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endoflife.date sent data that could not be read</source>
        <extracomment>The products this check knows, by the name endoflife.date gives them. A copy of the dates older than this cannot confirm support: a release may have lost it since (macOS versions are marked unsupported only when Apple ships the next one). The most an endoflife.date product document may weigh (Windows&apos;s is about 60 KB). Linux distributions without releases that end: UPD-001 is what matters there. Windows: the edition and feature version, from the registry (ProductName is not used: it says &quot;Windows 10&quot; on Windows 11). Ubuntu: whether Expanded Security Maintenance is on (Ubuntu Pro client; no root needed). Received from the server during this check. The cached copy, confirmed by the server during this check (304) or recently. The cached copy; the server could not be asked. The copy bundled with the app. End of security support: a date, True (ended, date not given), False (no end announced). Ubuntu ESM / Debian LTS: a date, True (ended), False or None (none). The latest version (Windows: the build, &quot;10.0.22631&quot;). When the data was last confirmed by its publisher (seconds since the epoch). Why the server could not be asked, when it could not.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline mode is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endoflife.date answered with error {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endoflife.date could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not say which release it is (a testing or development version)</source>
        <extracomment>Home, Pro, Pro Education, Pro for Workstations: the (W) dates. Enterprise, Education, IoT Enterprise: the (E) dates. Long-Term Servicing Channel. &quot;23H2&quot;, &quot;22H2&quot;; empty when unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end-of-support dates for {name} are not known to this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Linux distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from endoflife.date, checked now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from endoflife.date, checked on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy from {date} ({age} old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy that came with the app, as of {date} ({age} old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({codename})</source>
        <extracomment>Windows: the edition as read (empty when unknown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether this system still gets security updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not in the end-of-support dates ({copy})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} gets only Long Term Support, until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Debian security team no longer supports this release; volunteers keep fixing the most used packages on the most common computers for a while longer. Plan the upgrade to the next Debian release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} no longer gets security updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holes found in it from now on stay open. Upgrade to a supported version, or move to one if this computer cannot run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} stops getting security updates on {date} (in {n} day)</source>
        <comment>{name} stops getting security updates on {date} (in {n} days)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} gets its last security updates today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the upgrade now, so the computer is never without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not confirm that this system still gets security updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end-of-support dates at hand are {copy}, too old to confirm it ({problem}); it may have lost support since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endoflife.date could not be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} gets security updates until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still gets security updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} gets security updates through ESM until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is out of standard support and ESM is not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Expanded Security Maintenance (ESM, part of Ubuntu Pro, free for personal use) still brings security updates, until {date}. Turn it on, or upgrade to a supported Ubuntu release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is out of standard support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only Expanded Security Maintenance (ESM) still brings security updates, until {date}, and whether it is on could not be told (&apos;pro status&apos; gave no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security updates ended on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security updates have ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security updates until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security updates, no end date announced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expanded Security Maintenance (ESM) until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESM switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debian Long Term Support until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home or Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise or Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-Term Servicing Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: the dates for Home and Pro are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End-of-support dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the dates were not refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warns this long before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system that no longer gets security updates stays open to every attack found from then on; an up-to-date browser or antivirus cannot make up for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a supported version of Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; Windows Update and choose &apos;Check for updates&apos;; install the newest feature update (or Windows 11) it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this PC cannot run Windows 11, enrol it in Extended Security Updates (ESU) from the same page while they last, and plan to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s IT decides upgrades on work PCs: ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to a supported macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings &gt; General &gt; Software Update and choose &apos;Upgrade Now&apos; under the newest macOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mac too old for any supported macOS should no longer be used for banking, e-mail or work: plan to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to a supported Ubuntu release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up your files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to the next release in a terminal (type your password when asked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term releases also get Expanded Security Maintenance (free for personal use) with Ubuntu Pro: see ubuntu.com/pro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on Expanded Security Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a free Ubuntu Pro token for personal use at ubuntu.com/pro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach this computer with the token (type your password when asked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the updates it brings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better still, upgrade to a supported release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to the current Debian release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the upgrade chapter of the new release&apos;s release notes: it lists the steps and what to look out for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In short: bring the current release up to date, change the release name in /etc/apt/sources.list (and sources.list.d), then upgrade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade to a supported Fedora release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Software, go to Updates and choose &apos;Download&apos; under the new Fedora release; restart when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or in a terminal, bring this release up to date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the next release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart into the upgrade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Server releases are not covered by this check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows build number could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows {major}{version} (build {build})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows edition could not be read, and it decides: Home and Pro get security updates until {home}, Enterprise and Education until {business}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS version could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a rolling release without an end of support; keeping it updated is what &apos;OS updates pending&apos; checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline (no connection to {host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of {host} could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} sent far more than a breach answer holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the breach service address is not https:// (nothing was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your e-mail addresses needs a Have I Been Pwned API key of your own (a small monthly fee to haveibeenpwned.com): buy one at {url}, then paste it here once. It is kept in your system&apos;s keyring only.</source>
        <extracomment>The most a breachedaccount answer may weigh. Each breach, description included, is one or two KB, and Have I Been Pwned lists under a thousand breaches in all: an address in every one of them would still be under 2 MB.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring was found</source>
        <extracomment>Module prefixes of keyring backends that are not the OS keyring. The breach date, YYYY-MM-DD.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring backend ({name}) keeps secrets in a file, not the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keyring is available (backend {module})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring backend {name} is not recommended for use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring could not be opened ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved: the keyring refused it ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password on {site}, and on every other site where you used the same one; turn on two-step sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the security questions and answers you gave there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your bank and card statements, and tell your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect convincing phishing that mentions {site}: do not follow links in messages about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be wary of messages that mention {site}; use a unique password there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer from Have I Been Pwned could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline (no connection to Have I Been Pwned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have I Been Pwned did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of Have I Been Pwned could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer from Have I Been Pwned was far larger than a list of breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests, try again in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was refused (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have I Been Pwned did not accept this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <extracomment>zxcvbn 4.5.0 raises above 72 characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <extracomment>zxcvbn&apos;s own feedback texts, marked here so the UI can translate them at display time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a password to rate it. A good one is long: four or more unrelated words, or a password manager&apos;s random password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated on its first {limit} characters: the whole password is at least this strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password could not be rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{names} and {n} more</source>
        <comment>{names} and {n} more</comment>
        <extracomment>At most this many names are listed in one fact; the rest are counted.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} day</source>
        <comment>{n} days</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to fix · %2 recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n couldn&apos;t be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its uninstall entry has no version</source>
        <extracomment>A version as browsers print it: 2 to 4 numbers (&quot;126.0&quot;, &quot;120.0.6099.109&quot;), maybe followed by Firefox&apos;s channel letters (&quot;128.5.0esr&quot;, &quot;121.0b5&quot;). Not part of a longer word or number. What followed the numbers: &quot;esr&quot;, &quot;b5&quot;... (not used in the comparison). The browser&apos;s name for people (marked with N_). Linux: programs on PATH that print `Name 1.2.3` for `--version` (first that answers wins). macOS: the app bundle&apos;s folder name. Windows: the Uninstall entry&apos;s key name (a full match, case-insensitive). Linux: folders holding Firefox&apos;s application.ini (native installs). None when the browser is there but its version could not be read (see `problem`). Where the version was read: a command, a file, a registry key. Why some place could not be looked at (a tool that timed out...), so &quot;no browser&quot; is only said when every place answered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not tell its version in time</source>
        <extracomment>`--version` of a browser program: it prints one line and exits, usually in well under a second (a cold start of Firefox&apos;s library can take one). Windows: the machine&apos;s (64- and 32-bit) and the user&apos;s programs. Why a browser program gave no version, in words that name no program: several browsers failing alike are then one clause of the finding, not one each.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app is not allowed to start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it printed far more than a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it printed no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatpak lists no version for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its snap.yaml names no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Info.plist names no version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Chrome</source>
        <extracomment>Stable key: &quot;chrome&quot;, &quot;chromium&quot;, &quot;edge&quot;, &quot;brave&quot;, &quot;opera&quot;, &quot;vivaldi&quot;, &quot;firefox&quot;. The browser&apos;s name for people, marked for translation (N_(&quot;Google Chrome&quot;)). &quot;native&quot; | &quot;flatpak&quot; | &quot;snap&quot;. Chromium &quot;User Data&quot; folder, or the Firefox folder holding profiles.ini. The profile folder itself. The profile&apos;s own display name when the browser stores one, else its folder name. Opera keeps its first profile in the user-data folder itself (and others in `_side_profiles`), not in `Default`.
----------
Browser keys as people read them, for policy lines.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Chrome Beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Chrome Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Chrome Canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chromium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Edge Beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Edge Dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Edge Canary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opera GX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vivaldi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser} (Flatpak)</source>
        <extracomment>Per OS, every place a supported browser keeps its user data (research: probes.md 8a, 8d, 9b). Opera&apos;s further profiles, each a folder below the user-data folder. Chromium&apos;s own non-user profiles. A display name longer than this is cut (it is shown in a line of facts).
----------
The vendor&apos;s own updater (Windows, macOS) and Linux&apos;s package managers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser} (Snap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser}, profile {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each browser found, one request for its current version number to the vendor&apos;s public release feed (Google for Chrome and Chromium, Microsoft for Edge, Mozilla for Firefox, GitHub for Brave). Nothing about this computer or its browsers is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <extracomment>Days a new release has before an older browser counts as out of date (module docstring). The settings key of the feed (&quot;chrome&quot;...). How many leading numbers make a release line (&quot;the previous major&quot;). Which feed judges which browser (none: Opera, Vivaldi). When it started shipping (seconds since the epoch); None when the feed does not say. The ESR versions listed (FIREFOX_ESR, FIREFOX_ESR_NEXT, FIREFOX_ESR115...). Edge&apos;s names for our platforms. The newest release the feed lists. The oldest version that still counts as current (the grace period applied). The feed asked, when one was, and what the HTTP client said when it failed. Why a feed gave no answer, in words (the client&apos;s own message stays in the evidence).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its secure connection could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was far larger than a feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release feed gave no usable answer: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its maker publishes no release feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline mode is on, so the current versions were not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release feed did not list a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser opens whatever web pages send it, and old versions have security holes that attackers know and use: a single visit to a bad page can be enough. Updates close them, and usually take a minute and a restart of the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the out-of-date browser&apos;s About page: the browser looks for the update and installs it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Chrome: open the menu (three dots), then Help &gt; About Google Chrome, or type this in the address bar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Edge: open the menu (three dots), then Help and feedback &gt; About Microsoft Edge, or type this in the address bar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brave: open the menu, then About Brave, or type this in the address bar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox: open the menu (three lines), then Help &gt; About Firefox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the page shows &apos;Relaunch&apos; (Firefox: &apos;Restart to update Firefox&apos;), select it. Your open tabs come back after the restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the updates of your software, browsers included: open &apos;Software Updater&apos; or your software centre&apos;s Updates page, or open a terminal and type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the updates of your software, browsers included: open &apos;Software&apos; or &apos;Discover&apos; at Updates, or open a terminal and type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the whole system at once, browsers included; open a terminal and type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the updates of your software, browsers included, from your software centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the browsers installed from Flatpak (also possible from your software centre):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the browsers installed as Snaps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the browser completely and open it again: it runs the new version from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} ({browsers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell which browsers are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the browsers this check knows (Chrome, Edge, Firefox, Brave, Chromium, Opera, Vivaldi) was found on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some browsers may not have been found ({problems})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: {reasons}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{names} is older than the version its maker ships now. Old browsers have security holes that web pages can use.</source>
        <comment>{names} are older than the versions their makers ship now. Old browsers have security holes that web pages can use.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Browser out of date: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers up to date: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether the browsers are up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version}, current {newest}: out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version}, up to date ({newest} is still being rolled out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version}, up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version}, not checked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{version}, not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malware protection active and current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: asks the system which antivirus is on and how old its definitions are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PowerShell output about antivirus products was not understood</source>
        <extracomment>Definitions older than this many days are out of date (Defender, ClamAV: several updates a day, so a week means updates are not arriving). XProtect data older than this many days: Apple publishes it every few weeks, irregularly. Windows: the antivirus products registered with Windows Security (none on Windows Server, which has no SecurityCenter2 namespace), Microsoft Defender&apos;s own status, and whether this is a server (Win32_OperatingSystem.ProductType: 1 workstation, 2 domain controller, 3 server). Each part in its own try, so one failing leaves the others; one JSON object. The signature date is turned into ISO 8601 in UTC here, so no localized date reaches the parser. macOS: Gatekeeper&apos;s switch (&quot;assessments enabled&quot; / &quot;assessments disabled&quot;). macOS: XProtect&apos;s data. macOS 15 installs the updates it fetches itself under /private/var/protected; software updates (and macOS 10.15 to 14) use /Library/Apple; before 10.15 it lived under /System. The newest one readable counts. Linux: ClamAV&apos;s version line, which names the signatures&apos; build date when it has them. Linux: where freshclam is told to keep the signatures (Debian, then Fedora, then a build from source); `DatabaseDirectory` there wins over the usual places below. The daily signatures: updated by freshclam several times a day (.cld once updated in place). ClamAV processes that scan files: the daemon (Debian&apos;s clamav-daemon runs `clamd`) and the on-access scanner. freshclam running keeps the signatures fresh but scans nothing. Security agents that do not register anywhere the app can read, by process name (lower case, as `SystemFacts.process_names` gives them). [RECON] names from vendors&apos; documentation and research notes (probes.md section 7), not seen on a machine here. The product is Microsoft&apos;s own (Defender). AMRunningMode as Windows wrote it, for the evidence. AntivirusSignatureAge in days; None for the &quot;never&quot; sentinel (65535) or when absent. AntivirusSignatureLastUpdated (seconds since the epoch); None for 1601 or unreadable. None when Security Center could not be read (Windows Server has none). Gatekeeper on (True), off (False) or not known (None, with `gatekeeper_note`). When the newest readable XProtect data was written (seconds since the epoch). ClamAV&apos;s tools, signatures or processes were found. ClamAV scanning processes running (clamd, clamonacc). When the daily signatures were built or written (seconds since the epoch). &quot;version&quot; (the build date clamscan prints) or the daily file&apos;s name (its mtime). AntivirusSignatureAge when Defender never updated (or is not the active antivirus). Dates before this are sentinels (Windows&apos; &quot;never&quot; is 1 January 1601, the FILETIME epoch) or clock errors, not an update (2000-01-01).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spctl&apos;s answer about Gatekeeper was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An antivirus that is switched on and up to date stops most malware before it runs: the file from a phishing e-mail, a fake installer, an infected USB stick. Without it, or with definitions weeks old, new malware gets through unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Windows Security at &apos;Virus &amp; threat protection&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on virus protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under &apos;Virus &amp; threat protection settings&apos; choose &apos;Manage settings&apos; and switch &apos;Real-time protection&apos; on. Confirm if Windows asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If another antivirus is listed there as off or expired, open it and switch it on or renew it, or uninstall it so Microsoft Defender takes over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the switch is greyed out with &apos;This setting is managed by your administrator&apos;, ask the person who manages this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the virus definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &apos;Protection updates&apos;, then &apos;Check for updates&apos;, and wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When another antivirus protects this computer, open it and use its own &apos;Update&apos; button. If updates keep failing, check that Windows Update works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch Gatekeeper back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper checks every app before it first opens: that it comes from the App Store or an identified developer, and that Apple has not found malware in it. Switched off, any downloaded app runs unchecked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type this in Terminal and enter your password when asked (nothing shows while you type it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings, then Privacy &amp; Security, and under &apos;Allow applications from&apos; choose &apos;App Store &amp; Known Developers&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let macOS update its malware definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XProtect, the malware scanner built into macOS, learns about new malware through small automatic updates. When they stop, it only knows the malware of months ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings, then General, then Software Update, and select the &apos;i&apos; button next to Automatic Updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on &apos;Install Security Responses and system files&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the updates Software Update lists, and restart if asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux, the protection that matters most is installing updates and software only from your distribution, which is why no antivirus comes with it. An antivirus such as ClamAV is still worth having when you receive files you pass on to Windows or Mac users, or run a mail or file server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install ClamAV, if you share files with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep its signatures updated automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a file or folder you received, for example your Downloads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install ClamAV and its scanner service (type your password when asked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install ClamAV and its updater (type your password when asked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the &apos;clamav&apos; package from your software centre or package manager, for example on Arch Linux:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update ClamAV&apos;s signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start ClamAV&apos;s updater now and at every start-up (type your password when asked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See whether it reaches the update servers (a firewall or proxy may block them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether malware protection is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{products} protects this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender stands by while another antivirus is on, as it should.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{products} is on, but its definitions are out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Security reports that its virus definitions are out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{products} is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Security does not say whether its definitions are up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{products} is switched off, and Microsoft Defender only stands by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Security lists another antivirus, but it is off, snoozed or expired. Microsoft Defender is in passive mode, so nothing scans files as they arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agents} is running, but it does not tell Windows Security whether it is on, and Microsoft Defender is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender&apos;s running mode was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No antivirus is switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Security lists {products}, all switched off or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Security lists no antivirus program, and Microsoft Defender is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Server keeps no list of antivirus products, and Microsoft Defender is not running: another antivirus may protect this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither Windows Security nor Microsoft Defender answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender&apos;s status could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender stands by for {agents}, whose state the app cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender stands by (passive mode) for another antivirus, and Windows keeps no list of antivirus products here to say whether that one is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender stands by (passive mode) for another antivirus, but Windows Security lists none that is on; an organisation&apos;s security agent may protect this computer without being listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender&apos;s real-time protection is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are not scanned as they are downloaded or opened, so malware can run before anything looks at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender runs, but did not say whether real-time protection is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender&apos;s definitions are {age} old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender&apos;s definitions are out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defender is on, but it does not know about malware that appeared since its last update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how old its definitions are could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender is on and up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps downloaded from anywhere open without being checked for malware or a developer&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spctl gave no answer about Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of XProtect&apos;s malware definitions could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XProtect&apos;s malware definitions are {age} old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper is on, but macOS has not updated its built-in malware definitions for a long time, so it does not know recent malware.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper and XProtect are on and up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClamAV&apos;s signatures are {age} old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClamAV does not recognise malware that appeared since its signatures were last updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClamAV is running ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClamAV is installed and its signatures are current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It scans what you ask it to; no scanner runs in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security agent is running ({agents})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its own console shows whether its definitions are current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClamAV is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ClamAV scanner is running and the date of its signatures could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a container: malware protection belongs to the computer it runs on, which cannot be seen from inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No antivirus found; on Linux that is common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither ClamAV nor a security agent was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux needs an antivirus less than Windows: keep it updated and install software only from your distribution. ClamAV helps when you pass files on to Windows or Mac users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing by (passive mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing by, blocking what it detects (EDR block mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated {time} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antivirus switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, according to Windows Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{product} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antivirus not switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Defender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamper protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Security&apos;s list of antivirus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XProtect version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XProtect definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClamAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed, no scanner running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <extracomment>A file larger than this is not a configuration file we should be parsing. How much of each of a command&apos;s stdout and stderr is read: far more than any probe&apos;s tool prints (a long package list is a few hundred KB), far less than a flood can fill. What a flooded command&apos;s result keeps of its output (for a snapshot or a bug report). How long a stopped command&apos;s readers and exit are waited for. How often a waiting command looks at the cancel flag.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClamAV signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security agent running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing and malware protection on in every browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: reads your browsers&apos; settings and policies on this computer; no site, history or password is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS gave an answer that is not on or off</source>
        <extracomment>Chromium&apos;s Enhanced protection (Safe Browsing with real-time checks). On (Chromium&apos;s Standard protection; Firefox, Edge, Safari, Windows: switched on). The setting could not be read. Firefox&apos;s user.js, which a person or a &quot;hardening&quot; script wrote by hand. Linux: Chromium-family managed policy folders, by browser key. Module level so tests can point them at a temporary folder. Firefox policies.json, per OS: the system folder and the distribution folder next to the program (deb, tarball, snap, Flatpak builds). Windows: policy keys per browser key, in HKLM and in HKCU (any user program can write HKCU, which is why malware uses it). extensions.py reads the same keys. One search per root and word finds every value (and Firefox&apos;s JSON data) that names Safe Browsing or SmartScreen, in every browser&apos;s key at once: four quick calls, and nothing else of the policies is read or recorded. Windows SmartScreen for apps and files, as set in Windows Security (not a policy). macOS managed preferences: domain per browser key (machine-wide, then per user). Chromium policies that decide Safe Browsing; Edge&apos;s SmartScreen policy. Edge&apos;s SmartScreen switch when the profile holds one. Browser key (&quot;chrome&quot;, &quot;edge&quot;, &quot;firefox&quot;...) or &quot;windows&quot;. The file or registry key that holds it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS did not let the app read Safari&apos;s settings (the app needs Full Disk Access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows SmartScreen for apps and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app is not allowed to read the settings file</source>
        <extracomment>The file that decided (user.js, a policy file), when it matters to the fix. Why the protection is unknown. Policy files or keys that exist but could not be read (the browser ignores them too). Policy stores the tool could not read at all (`reg`, `defaults` gave no answer): a policy there could switch protection off unseen, so the check cannot say &quot;on&quot;. Browsers found whose profile list could not be read. &quot;Safari&quot;, &quot;Windows SmartScreen&quot; lines: name -&gt; state.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file is damaged or half-written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting in the registry could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers warn before opening a page known to steal passwords or spread malware. With the warning off, a convincing fake login page or a poisoned download gets no second look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open each browser and profile listed under &apos;What was found&apos; and switch its protection back on as shown below: the setting belongs to each profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Chrome, Chromium and Vivaldi: paste chrome://settings/security into the address bar and choose Standard protection (Enhanced protection is even better). Brave: brave://settings/privacy, then Safe Browsing. Opera: opera://settings/privacy, then &apos;Protect me from malicious sites&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Edge: paste edge://settings/privacy into the address bar and, under Security, switch on Microsoft Defender SmartScreen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox: paste about:preferences#privacy into the address bar, scroll to Security and tick &apos;Block dangerous and deceptive content&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If &apos;What was found&apos; names a user.js file, close Firefox, open that file in a text editor and delete the lines that set browser.safebrowsing to false: the settings page cannot undo them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safari: choose Safari &gt; Settings &gt; Security and tick &apos;Warn when visiting a fraudulent website&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows: open Windows Security &gt; App &amp; browser control &gt; Reputation-based protection settings and switch on &apos;Check apps and files&apos; and &apos;SmartScreen for Microsoft Edge&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn phishing protection back on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on SmartScreen for apps and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmartScreen warns before a program or file downloaded from the internet runs when it is known to be malicious or has never been seen before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Windows Security &gt; App &amp; browser control &gt; Reputation-based protection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on &apos;Check apps and files&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the policy and where it comes from: paste chrome://policy into the address bar (Edge: edge://policy, Brave: brave://policy, Firefox: about:policies).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the IT team when this computer is managed by your work or school: they set policies. Nobody else should have set one that switches protection off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passwords you typed in that browser recently, from another device if you can, starting with your e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out what switched off your browser&apos;s protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy is how an organisation manages its computers, and it wins over your own settings, so you cannot switch the protection back on. Adware and password-stealing malware write exactly this policy, so that the browser stops warning about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the policy file named under &apos;What was found&apos; (it needs administrator rights), then restart the browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the policy value named under &apos;What was found&apos; in the Registry Editor (press Win+R, type regedit), then restart the browser. A key under HKEY_CURRENT_USER can be written by any program you ran; one under HKEY_LOCAL_MACHINE needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a full scan in Windows Security &gt; Virus &amp; threat protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Profiles and remove any profile you did not install, and the app that came with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser} (profile {profile})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off by a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protection off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enhanced protection on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protection on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}, set by a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{browser} (profile {profiles})</source>
        <comment>{browser} (profiles {profiles})</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also switched off in its own settings: {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A policy switched off phishing protection in {browsers}</source>
        <comment>Policies switched off phishing protection in {browsers}</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A policy wins over your own settings, so the protection cannot be switched back on from the browser. On a computer that no organisation manages, an app you installed wrote it: adware and password-stealing malware do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} browser profile opens known phishing and malware pages without a warning.</source>
        <comment>{n} browser profiles open known phishing and malware pages without a warning.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Programs and files from the internet run without a reputation check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing protection is off in {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browser policies in {where} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of profiles of {browsers} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether phishing protection is on everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phishing protection is on in every browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: Enhanced protection (chrome://settings/security) checks pages in real time and warns about more of them, in exchange for sending Google the addresses of the pages you open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off by a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{browser}: {policy} = {value} in {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} (profile {profile})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch on Enhanced protection in Chrome or Brave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen locks by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: reads this computer&apos;s screen lock settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gsettings could not reach your session&apos;s settings and would only show the built-in defaults</source>
        <extracomment>The screen must lock at most this long after the last key press (15 minutes). What the guides and the automatic fix set (5 minutes). Once the screen is dark, the password must be asked within this long. Linux: the desktop of the session the app runs in (&quot;ubuntu:GNOME&quot;, &quot;KDE&quot;, &quot;X-Cinnamon&quot;). GNOME and Cinnamon keep the same keys under their own schema prefix. Linux, KDE Plasma: the user&apos;s settings, then the system-wide defaults (kiosk). Linux, Xfce: xfce4-screensaver&apos;s settings as xfconfd saves them, and the program itself. Windows: the user&apos;s screen saver and the policy that overrides it. Windows: the machine inactivity limit (policy &quot;Interactive logon: Machine inactivity limit&quot;). Windows: the current power plan&apos;s &quot;Sleep after&quot; (AC and DC indexes, in seconds). DelayLockInterval when &quot;require sign-in&quot; on wake is set to &quot;Never&quot; [RECON]. macOS: the delay before the password is asked; printed on stderr. macOS: the screen saver&apos;s idle time when nothing is set [RECON: 20 minutes on recent macOS]. Where it was read: &quot;GNOME&quot;, &quot;KDE Plasma&quot;, &quot;Cinnamon&quot;, &quot;Xfce&quot;, &quot;Windows&quot;, &quot;macOS&quot;. Locking on inactivity is switched on at all. Seconds without input before the screen goes dark (or the lock starts); None: never. Seconds after that before the password is asked. False when the computer does not lock when it wakes from sleep (KDE); None: not known. The administrator switched the lock screen off (GNOME/Cinnamon lockdown). Where the time came from on Windows: &quot;screen saver&quot;, &quot;inactivity limit&quot; or &quot;sleep&quot;. The raw values behind it, for support.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this desktop&apos;s screen lock settings are not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gsettings answered something the app does not understand</source>
        <extracomment>KDE&apos;s defaults for kscreenlocker (kscreenlocker&apos;s kcfg: Autolock true, Timeout 5 minutes, LockGrace 5 seconds, LockOnResume true). xfce4-screensaver&apos;s defaults (its src/gs-prefs.h): saver and locking on, idle after 5 minutes, lock as the saver starts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kscreenlockerrc holds a value the app does not understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xfce4-screensaver is not installed; other screen lockers (such as light-locker) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Xfce screen saver settings hold a value the app does not understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no desktop session was found (this looks like a server, a container or a remote terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app cannot read the screen lock settings of this desktop ({desktop})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the screen saver settings could not be read from the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the screen saver policy could not be read from the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the power plan&apos;s sleep time could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the machine inactivity limit could not be read from the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sysadminctl did not say when the password is asked (macOS 13 or older?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither the screen saver nor the display sleep time could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen that locks itself keeps your mail, passwords and files away from anyone who sits down at your computer while you are away, even when you forget to lock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; Accounts &gt; Sign-in options and set &apos;If you&apos;ve been away, when should Windows require you to sign in again?&apos; to &apos;When PC wakes up from sleep&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Power &amp; battery &gt; Screen and sleep and make the computer sleep after 15 minutes or less, also when plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or use a screen saver: Settings &gt; Personalization &gt; Lock screen &gt; Screen saver, choose one, set Wait to 5 minutes and tick &apos;On resume, display logon screen&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also worth having: &apos;Dynamic lock&apos; in Sign-in options locks the computer when your paired phone moves away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings &gt; Lock Screen and set &apos;Require password after screen saver begins or display is turned off&apos; to &apos;Immediately&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the same page set &apos;Start Screen Saver when inactive&apos; or &apos;Turn display off when inactive&apos; to 5 minutes (at most 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Screen Lock (on older versions: Privacy &gt; Screen Lock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &apos;Automatic Screen Lock&apos; on, set &apos;Blank Screen Delay&apos; to 5 minutes and &apos;Automatic Screen Lock Delay&apos; to &apos;Screen Turns Off&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type these in a terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings &gt; Screensaver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &apos;Delay before starting the screensaver&apos; to 5 minutes, switch &apos;Lock the computer after the screensaver starts&apos; on and set its delay to &apos;Immediately&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings &gt; Screen Locking (or type this in a terminal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &apos;Lock screen automatically&apos; to 5 minutes, &apos;Allow unlocking without password for&apos; to 5 seconds, and tick &apos;Lock after waking from sleep&apos;. (On Plasma 5 the command is kcmshell5 kcm_screenlocker.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; Screensaver (or type this in a terminal):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &apos;Screensaver&apos; switch it on and set &apos;Change to idle after&apos; to 5 minutes; on &apos;Lock Screen&apos; switch locking on and tick &apos;Lock Screen with Screensaver&apos; with a delay of 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your desktop&apos;s settings and look for Screen Lock, Screensaver or Power: set the screen to lock by itself after 5 minutes and to ask for your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the screen lock by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on the automatic screen lock</source>
        <extracomment>GNOME&apos;s automatic fixes: one `gsettings set` of the user&apos;s own setting each (no administrator rights; undone with `gsettings reset` or in Settings). The wizard offers the one the finding needs; checking again offers the next if another key is off too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the screen off after 5 minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen as soon as it turns off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} second</source>
        <comment>{n} seconds</comment>
        <extracomment>Windows and macOS, and any other Linux desktop.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} minute</source>
        <comment>{n} minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether the screen locks by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock screen was switched off by an administrator of this computer (or your organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the screen on inactivity is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is set never to turn off, so it never locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen never locks by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} Anyone at your computer while you are away can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen locks only after {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fifteen minutes is the most to allow; {time} is what the guides advise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is asked only {time} after the screen turns off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until then, anyone can wake the screen without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen does not lock when the computer wakes from sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever opens the lid of your sleeping laptop gets in without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen locks after {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen turns off after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password asked after the screen turns off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the screen saver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inactivity limit set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>going to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locks after waking from sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic lock (with your phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen saver set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: asks the firmware whether Secure Boot is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like a container: Secure Boot belongs to the computer it runs on, which cannot be seen from inside</source>
        <extracomment>Linux: shim&apos;s tool; readable by every user. Linux: holds `efi` only when the kernel was started by UEFI firmware. Linux: the UEFI variables themselves: 4 attribute bytes, then 1 byte (1 = on). Windows: Confirm-SecureBootUEFI needs administrator rights; its error id says why it did not answer (UnauthorizedAccessException without rights, PlatformNotSupportedException on legacy BIOS). `firmware_type` is Windows&apos; own &quot;UEFI&quot; or &quot;Legacy&quot;. One JSON object. Windows: the state Windows records at start-up, readable by every user. The firmware has no platform key: it starts anything, Secure Boot is not enforced. On in the firmware, but shim was told not to check what it starts (mokutil --disable-validation). Started in legacy BIOS mode (or the firmware has no Secure Boot at all). What answered: &quot;mokutil&quot;, &quot;EFI variable&quot;, &quot;Confirm-SecureBootUEFI&quot;, &quot;registry&quot;. Some mokutil builds colour their answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firmware&apos;s information under /sys/firmware could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer was started by UEFI firmware, but its firmware variables cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mokutil is not installed and the Secure Boot variable could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither mokutil nor the Secure Boot variable gave a clear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows keeps no Secure Boot state on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows keeps no Secure Boot state, which happens when it was started in legacy BIOS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot lets the computer start only a system signed by a key it trusts. Without it, malware can hide in the start-up chain, load before the system and its protections, and survive even a reinstall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on Secure Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart into the firmware settings: type this in a terminal, or press the key the start screen shows (often F2, F10, F12 or Del) while it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &apos;Secure Boot&apos; (under Boot, Security or Authentication), set it to Enabled, then save and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers you installed yourself from outside your distribution (NVIDIA&apos;s own installer, VirtualBox) must be signed, or they stop loading: your distribution&apos;s documentation on &apos;MOK&apos; enrolment shows how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Recovery, choose &apos;Restart now&apos; next to Advanced startup, then Troubleshoot &gt; Advanced options &gt; UEFI Firmware Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &apos;Secure Boot&apos; (under Boot or Security), set it to Enabled, then save and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Security &gt; Device security then shows &apos;Secure boot is on&apos;. If the firmware refuses, the disk may use the old MBR layout: ask someone experienced before converting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let shim check what it starts again</source>
        <extracomment>Linux: Secure Boot is on, but shim was told not to check what it starts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn validation back on (you choose a one-time password, type your own password when asked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart; a blue &apos;MOK management&apos; screen appears: choose &apos;Change Secure Boot state&apos; and type the characters of the one-time password it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether Secure Boot is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer starts any system, signed or not, so malware could hide in the start-up chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot is not enforced: the firmware is in setup mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firmware has no platform key, so it starts anything. Restoring the factory keys in the firmware settings switches Secure Boot on again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer does not fit this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot is on, but the Linux boot loader does not check signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation was switched off in shim (often to load a driver that is not signed), so any kernel starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer was started in legacy BIOS mode (or its firmware has no Secure Boot), where Secure Boot does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enforced (setup mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on, but the boot loader checks nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available (legacy BIOS start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mokutil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firmware&apos;s variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the firmware interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows (Confirm-SecureBootUEFI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state Windows recorded at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps cannot read a Mac&apos;s startup security policy; Macs with Apple silicon or a T2 chip start with Full Security unless someone lowered it in Startup Security Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked on a Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} command</source>
        <comment>{n} commands</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} file</source>
        <comment>{n} files</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <extracomment>(singular, plural) of a plural text, the catalog&apos;s key; `template` is the one for `n`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after {seconds:.1f}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after printing more than {n:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline mode</source>
        <extracomment>Bytes of an HTTP body read at a time (after decompression).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in {seconds:.0f}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to another address, not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is larger than {n:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not installed</source>
        <extracomment>The command ran to the end; look at `returncode`, `stdout` and `stderr`. The command could not be started for another reason (see `message`). The command printed more than a probe reads (`yes`, a runaway log): it was stopped, and what it printed is cut at the limit, so it is no answer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app is not allowed to run &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkup was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could not be started: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; printed more than the app reads, so it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; failed with exit code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; failed with exit code {code} (&quot;{said}&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <extracomment>Opening never waits: a named pipe without a writer would block `open()` for ever, and a terminal must not become this process&apos;s controlling one. What a path that is not a regular file is, in words, by the `stat` test that tells it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a named pipe, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than {n:,} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link looks suspicious. Do not open it or sign in there.</source>
        <extracomment>Longer than this is not a link anybody pastes (browsers show about 2,000 characters). Keywords shorter than this only match a whole word of a domain (&quot;ups&quot; in &quot;ups-tracking&quot;, not in &quot;groups&quot;); longer ones also match at the start or end of a label (&quot;paypalsecure&quot;). A label this long or longer that is one letter away from a brand keyword imitates it. This many labels in front of the registrable domain is unusual for a real site&apos;s link. How deep a link inside a link (a redirect parameter) is checked. Characters a browser refuses in a host name (WHATWG &quot;forbidden host code points&quot;). What a browser strips from both ends of a typed address: C0 controls and the space.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing suspicious found in this link&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{host}” imitates {brand}&apos;s address {real}: some of its letters only look like the real ones.</source>
        <extracomment>Letter pairs that read as one letter in most fonts: the skeleton writes both sides the same. Script sets a single domain label may mix (UTS #39 &quot;highly restrictive&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is made to look like “{keyword}” ({brand}) but is written with other letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is one letter away from “{keyword}” ({brand}): a misspelt copy of a real name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address starts with {brand}&apos;s name, but the site is “{domain}”: everything in front of it is chosen by whoever owns {domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{domain}” carries the name {brand} but is not among {brand}&apos;s addresses known here; it may be its site for that country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{domain}” contains the name {brand}, but it is not one of {brand}&apos;s addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” appears after the site&apos;s address, where anybody can write anything: the link does not go to {brand}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is longer than {limit:,} characters: that is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link to check: paste a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link contains invisible or direction-changing characters, which can make an address read differently from where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a “{scheme}:” link, not a web address: it carries a page, script or file of its own instead of leading to a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a “{scheme}:” link, not a web address; it was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has no http:// or https:// in front; it was read as a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site&apos;s name is disguised with %-codes; it really is “{host}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has no site name in it to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s site name is not a valid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything before the “@” is ignored: this link really goes to “{host}”, not to “{fake}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link names a port ({port}), which ordinary sites do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link goes to a bare IP address ({address}) instead of a named site; real companies&apos; links use their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{host}” is an IP address ({address}) written in a disguised form, a trick to hide where the link goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part “{label}” of the address is coded (xn--) in a way no real international name is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is written in its coded form (“{ascii}”); it reads as “{host}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” mixes letters of different alphabets ({scripts}), which no real name does: a classic way to imitate a known name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{domain}” is a link shortener: the address hides where the link really goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has {count} parts in front of the site&apos;s own name “{domain}”, a way to push the real name out of sight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link opens a sign-in or account page over plain http: what you type there is not protected, and real sign-in pages use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link passes you on to another address, “{host}”, which looks suspicious itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome, Edge or Brave</source>
        <extracomment>A bigger file is not a password export (10,000 logins take about 2 MB). Not a manager: a header with a password column and a url or name column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple Passwords (Safari)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not valid UTF-16.</source>
        <extracomment>Rows of another kind (notes, cards) are skipped: (column, allowed values). Most specific first; the first layout that fits the header wins. LastPass writes secure notes with this pseudo-URL. The first row old Enpass versions write (the dots are literal). Column names a header row would hold where an Enpass row holds values. How many rows are looked at to recognise a headerless Enpass file whose first item is not a login (a card or a note). What `_classify` found: a column layout, or Enpass&apos;s pairs (with or without a header row).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data), so it is not a password export. Export your passwords again as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (first bad byte on line {line}). Export it again from your password manager and do not open or save it in a spreadsheet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable CSV file (near line {line}): a field is too long or the quoting is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not look like a password export: its first row matches none of the formats supported ({formats}) and has no password column next to a url or name column. Export your passwords as CSV from one of these and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains characters that cannot be encoded (lone surrogates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows, only blank lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} {problem}; choose the exported CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the link goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it asks of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in prompt on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is &amp;safe</source>
        <extracomment>The name the sender shows (&quot;Northbank Security&quot;): translatable words, or &quot;&quot; for none. The address or number it really came from: data, shown as it is. One sentence that says what it really is (&quot;This is phishing.&quot;). The signs, each with what to notice: the explanation as a short list. A page&apos;s address bar, exactly as the browser shows it. A short name for the summary at the end, when the subject or page title will not do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is &amp;phishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this safe?</source>
        <extracomment>The usual pair of buttons, for a phishing example and for a genuine one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is phishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one is genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mailbox is 98% full: act within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear user, your mailbox has reached its limit. New messages will be deleted in 24 hours unless you confirm your account now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade my mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes from mailbox-support.example, not from your own mail provider, and greets you as &quot;Dear user&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline of 24 hours and a threat to delete mail push you to act fast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button leads to mail-upgrade.example over plain http, not to your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northbank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your March statement is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your March statement is now available. To read it, open the Northbank app or type northbank.example into your browser yourself. We will never ask for your password or a code by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for nothing: no link to click, no attachment, no password, no payment. It tells you to go to the bank your usual way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes from northbank.example, the bank&apos;s own address. A sender can be faked, which is why going there yourself is the safe habit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel held, pay 1.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcelo: your parcel is held at our depot because of an unpaid shipping fee of 1.99. Pay today or it will be returned to the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parcelo-redelivery.example/pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tiny fee is the bait: the page asks for your full card details, which are then used for much larger payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It comes from an ordinary mobile number, not from a delivery company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Pay today or it will be returned&quot; rushes you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is not the delivery company&apos;s site. If you expect a parcel, look it up on the sender&apos;s site with the tracking number from your order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE: invoice 4471, final reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please find attached the overdue invoice. Legal action will follow if it is not paid within 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends in .exe: it is a program dressed up as a PDF. Files ending in .exe, .scr, .js, .iso, .img or .html are never an ordinary invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;final reminder&quot; and a threat of legal action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company you never bought from, with no name and no invoice details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northbank sign-in page on secure-login.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northbank: Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Northbank Online. Enter your customer number, password and the code from your card reader to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the address right before the first single slash: this page belongs to secure-login.example. &quot;northbank.example&quot; at the start is only a decoration anyone can add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses plain http: what you type travels unprotected. A real bank&apos;s login page always uses https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for your password and your card reader&apos;s code at once: all someone needs to act as you. Your password manager would not fill it in here, because it does not know this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Westbrook Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your order 5521 has shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks for your order of yesterday. Your two books are on their way and should arrive on Thursday. You can follow the parcel on your account page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>westbrook-books.example/orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ordered two books from Westbrook Books yesterday. Is this safe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were expecting it: it matches an order you placed, and it comes from the shop&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link goes exactly where it says, to the shop&apos;s own site over https, and there is no deadline or threat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northbank sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you trying to sign in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in request from a new device, 02:14 at night. This is the fifth request in ten minutes. You are in bed and did not try to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny it: someone else is trying to sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt you did not ask for means someone already has your password. Deny it, then change that password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt after prompt in the middle of the night is meant to wear you down until you tap Approve just to make it stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maria Lopez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maria shared &quot;Salary review 2026&quot; with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi, please review the attached document before our meeting today. You will need to sign in with your work account to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is a colleague&apos;s, but the address is a free mail account, not your company&apos;s. Ask Maria another way if you are unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .html attachment opens a web page from your own computer: here a fake work login, which hides where your password goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Before our meeting today&quot; leaves no time to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northbank sign-in page from your bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened this page from your own bookmark, and your password manager offers to fill in your Northbank login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right before the first single slash it reads northbank.example, the bank&apos;s own address, and it uses https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You came from your bookmark, not from a link in a message, and your password manager recognised the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northbank Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual sign-in: your account will be locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We noticed a sign-in from an unknown device. If this was not you, verify your identity within 12 hours or your account will be locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://northbank.example/verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n0rthbank.example has a zero where the o should be: a look-alike of the bank&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link shows the bank&apos;s address but really goes to the look-alike. Hover over a link (or press and hold on a phone) to see where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lock within 12 hours is there to make you hurry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sender and where a link really goes: the part right before the first single slash of the address is what counts.</source>
        <extracomment>What the last page asks people to remember.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency, threats and small fees are a trick to make you hurry: slow down and check another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in only on a site you opened yourself, and let your password manager fill it in: it never fills in a look-alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {tool} output was not understood ({error})</source>
        <extracomment>PowerShell as every Windows probe runs it: no profile (a user&apos;s profile can print text or hang), no prompts, UTF-8 output so names in any language survive.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: reads the sign-in screen&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows&apos; sign-in settings (Winlogon) could not be read</source>
        <extracomment>GDM reads one of these (Ubuntu and Fedora&apos;s custom.conf, Debian&apos;s daemon.conf). LightDM reads every `*.conf` in these folders (alphabetically), then its main file; a later value wins (LightDM&apos;s config_load_from_standard_locations). SDDM: the packaged defaults, then the administrator&apos;s folder, then /etc/sddm.conf. Console sign-in without a password: a drop-in that gives agetty `--autologin`. Which sign-in screen starts: systemd&apos;s alias (its ExecStart) and Debian&apos;s choice. Exists only while systemd runs the machine (sd_booted()). Windows: Winlogon&apos;s values, the password&apos;s only as &quot;is there one&quot;: the password itself never leaves PowerShell, so it is in no output, evidence or snapshot. macOS: the user signed in automatically; absent (&quot;does not exist&quot;) when it is off. At most this many files are read from one drop-in folder. GDM, LIGHTDM, SDDM or GETTY. The file that sets it. The setting: AutomaticLoginEnable, TimedLoginEnable, autologin-user, User, --autologin. The sign-in screen that starts (&quot;gdm&quot;, &quot;sddm&quot;, &quot;lxdm&quot;...); &quot;&quot; when it could not be found. Configuration files that were read, and (manager, file, outcome) of those that exist but could not be read. LightDM&apos;s files that name a user to sign in (see `lightdm_files_setting_user`). systemd runs this machine, and no display-manager unit or choice exists. What a snapshot keeps of the account name macOS signs in automatically.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in window&apos;s settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With automatic sign-in, whoever switches the computer on is signed in as you: your files, your e-mail and every account open in the browser are theirs, whatever your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change takes effect the next time the computer starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch automatic sign-in off in the sign-in screen&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME: open Settings &gt; System &gt; Users (or Settings &gt; Users), choose &apos;Unlock&apos;, and switch &apos;Automatic Login&apos; off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or set &apos;AutomaticLoginEnable=false&apos; in the [daemon] section of the file named in the details, for example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LightDM: in each file named in the details, leave &apos;autologin-user=&apos; empty (or put &apos;#&apos; in front of the line), for example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE (SDDM): open System Settings &gt; Login Screen (SDDM) &gt; Behavior and switch &apos;Automatically log in&apos; off; or leave &apos;User=&apos; empty under [Autologin] in the file named in the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console: remove the &apos;--autologin&apos; drop-in named in the details (for example with the command below), then restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off automatic sign-in</source>
        <extracomment>macOS: no automatic fix; the settings page also removes the stored password (/etc/kcpassword), which deleting the preference alone would leave behind.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Windows+R, type &apos;netplwiz&apos; and press Enter. Tick &apos;Users must enter a user name and password to use this computer&apos; and choose OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the box is missing, or the password stays stored, type this in PowerShell opened with &apos;Run as administrator&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the password was stored, it may have been read: change your Windows password (Settings &gt; Accounts &gt; Sign-in options &gt; Password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch automatic sign-in off and delete the password Windows keeps for it (AutoAdminLogon and DefaultPassword under Winlogon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the password Windows keeps in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password stored under Winlogon can be read by every program and every user of this computer, and it is the password of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings &gt; Users &amp; Groups and set &apos;Automatically log in as&apos; to Off (on older macOS: Users &amp; Groups &gt; Login Options).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning FileVault on (System Settings &gt; Privacy &amp; Security) also switches automatic sign-in off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether this computer signs in by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDM (GNOME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LightDM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDDM (KDE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer signs in by itself ({managers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic sign-in is set in {files}: whoever switches the computer on is signed in without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in settings in {files} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{manager} does not sign anyone in by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in screen {manager} is not one the app can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in screen starts by itself, and the console asks for a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which sign-in screen starts could not be found out (no display manager is set up through systemd, as in a container or a server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows signs in by itself, with your password stored in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever switches the computer on is signed in as you, and any program or user of this computer can read your password in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows keeps a sign-in password in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic sign-in is off, but the password saved for it is still in the registry, where any program or user of this computer can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows signs in by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever switches the computer on is signed in as you, without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows asks for a password to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Mac signs in by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever switches the Mac on is signed in as you, without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Mac asks for a password to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for a sign-in screen that does not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password stored in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote access switched off unless used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: looks at which programs wait for connections from other computers and reads the SSH server&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC on port {port}</source>
        <extracomment>Linux: listening TCP sockets, numeric, without a header (no process names: those need root). Linux and macOS, as administrator: the SSH server&apos;s effective settings. The SSH server&apos;s main settings file, relative to the system root. Relative `Include` paths are relative to this folder (as sshd resolves them). Windows: Remote Desktop&apos;s switch (0 lets connections in), the policy that overrides it, and whether a connection must sign in before a session starts (Network Level Authentication). macOS: the launchd jobs behind Remote Login and Screen Sharing (loaded = switched on). Seconds per probe: Linux runs ss and maybe sshd -T, Windows three reg queries, macOS two launchctl calls; every path stays well under META.timeout. How deep `Include`s may nest before the rest is ignored (sshd allows 16; loops end here). At most this many settings files are read (a glob could name hundreds). Process names (lower case) of remote-desktop servers, with the product they name. Settings sshd takes every occurrence of (the rest: the first one wins). A `Match` block allows password logins for some users or addresses. Where the settings came from: &quot;sshd -T&quot; or the files read. Reads one settings file: its text, or None when it cannot be read. Expands an Include pattern to the files it names, sorted. An SSH server waits for other computers (Remote Login on macOS). The SSH server&apos;s settings, when they could be read. Why the SSH settings could not be read. Remote-desktop services that are on (&quot;VNC (x11vnc)&quot;, &quot;Remote Desktop&quot;, &quot;Screen Sharing&quot;). A VNC server is among them (short passwords, often unencrypted). Windows: connections must sign in first (Network Level Authentication). Windows: a policy sets Remote Desktop&apos;s switch. Addresses and ports the SSH server and remote desktop listen on (Linux).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server}, VNC on port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server}, RDP on port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDP on port {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows did not say whether Remote Desktop is switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH server has no settings file (/etc/ssh/sshd_config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app may not read /etc/ssh/sshd_config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/etc/ssh/sshd_config is not a readable text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH server&apos;s settings file {path} could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of programs waiting for connections could not be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSH server that accepts passwords lets anybody on the same network (a café, a hotel) try passwords against your account, as often as they like. If you do not sign in to this computer from another one, switch the server off; if you do, sign in with a key instead of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote desktop lets another computer see and control this one. If you do not use it, switching it off closes a door that others on the same network can knock on; you can switch it on again the day you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the SSH server off unless you sign in to this computer from another one (type your password when asked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do use it: first copy your key to this computer from the one you sign in from (ssh-copy-id) and check that signing in with the key works. Then turn password logins off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the SSH server read its new settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open System Settings, General, then Sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &apos;Remote Login&apos; off unless you sign in to this Mac from another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do use it, sign in with a key instead: copy your key to this Mac (ssh-copy-id), check that it works, then turn password logins off in Terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings, System, then Remote Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &apos;Remote Desktop&apos; off unless you connect to this computer from another one. If you use it, keep &apos;Require devices to use Network Level Authentication&apos; on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the switch is greyed out, your organisation manages it: ask your IT support whether it needs to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off the screen sharing or remote desktop you do not use, in your desktop&apos;s settings (Sharing or Remote Desktop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On GNOME, open Settings, then System, Remote Desktop (older versions: Sharing) and switch &apos;Desktop Sharing&apos; and &apos;Remote Login&apos; off. On KDE, quit Krfb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you installed a remote desktop server yourself (xrdp, x11vnc), stop it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an SSH server runs too and you do not use it, switch it off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &apos;Screen Sharing&apos;, &apos;Remote Management&apos; and &apos;Remote Login&apos; off unless you use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the SSH server from accepting passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch off remote access you do not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anybody on the same network can try passwords against every account, the administrator&apos;s (root) included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anybody on the same network can try passwords against your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH server accepts passwords from other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote access is switched on: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch it off unless you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSH server waits for other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch it off unless you use it. Whether it accepts passwords is not known: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether remote access is switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote access settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only SSH with keys is open; it accepts no passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote access is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waits for other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reachable from other computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH sign-in with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator (root) sign-in with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords allowed for some users or addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in required before a session starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH keys protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: reads only the first lines of the key files in your .ssh folder, never the keys themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSH key without a passphrase is a password to every server and code host that trusts it, kept in a file: whoever gets a copy of the file (a backup, a stolen laptop, malware) signs in there as you. With a passphrase the file is encrypted.</source>
        <extracomment>Files in ~/.ssh that are never private keys. At most this many files are looked at (a .ssh folder holds a handful). A key file larger than this is not read at all (an RSA key of 16384 bits is under 13 KB; the usual ed25519 and RSA-4096 keys are under 4 KB). Characters of a key file&apos;s text its verdict can need: the PEM headers, PuTTY&apos;s second line, the OpenSSH body&apos;s first fields (see `parse_openssh_head`). The rest is never decoded. A FIDO security key&apos;s handle (sk-ssh-ed25519@openssh.com, sk-ecdsa-sha2-nistp256@...). A private-key header, but what follows was not understood. Base64 characters of an OpenSSH body decoded at a time: the fields before the key type take about 60 bytes (unprotected ed25519) to 110 (bcrypt, a security key). An ed25519 key&apos;s secret starts past byte 150, so the first step decodes no secret at all. (name relative to the .ssh folder, state) of each private key, in name order. The folder exists but could not be listed. The folder does not exist.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open PowerShell and set a passphrase on each key named in the details, for example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a terminal and set a passphrase on each key named in the details, e.g.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter at the old passphrase (there is none), then type a new one twice. The key itself stays the same, so the servers that trust it need no change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To type it only once a session, let the SSH agent (or your system&apos;s keychain) remember it; a key you no longer use is better deleted, with its &apos;.pub&apos; file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect your SSH keys with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell whether your SSH keys are protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} SSH key has no passphrase ({keys})</source>
        <comment>{n} SSH keys have no passphrase ({keys})</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone with a copy of {keys} can use it to sign in wherever it is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .ssh folder in your home folder could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file {keys} could not be read or was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSH private keys in your .ssh folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your SSH key is protected</source>
        <comment>Your {n} SSH keys are protected</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a security key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Hygiene Checkup</source>
        <extracomment>The bundled libraries and their licences (names are proper nouns: not translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene Checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the %1 licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkup runs on this computer and its results stay here. There is no account, no tracking and no advertising. A password is checked against breach lists only by the first 5 characters of its hash; an e-mail address is only sent when you ask for it to be checked. Offline mode sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries it is built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Service</source>
        <extracomment>The account&apos;s id in the store (int). The whole `Account` (for the window and tests). What a column sorts by (str, int or float). Everything the search box matches against (str, case-folded). Which status icon stands for each MFA state (always next to its text, never alone). The kinds of account the first-run guide asks about: the three the article names. Errors a store edit may raise: shown on the screen, never a crash.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes stored safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes not stored safely yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsWindow</name>
    <message>
        <source>Your accounts and two-step verification</source>
        <extracomment>The inventory changed (an add, confirm, remove, import): the MFA checks may differ now. An export was read and its preview dialog is open (the dialog). Reading an export failed; the message is on the screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification (also called 2FA or MFA) keeps an account safe even when its password leaks. Keep a list of the accounts that matter and whether it is on. The list stays on this computer and holds no passwords or codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the saved list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short guide through your e-mail, banking and social accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog of services, or type one in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a password-manager export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a password-manager export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the services and usernames of a CSV export; passwords are not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the list as a JSON file (no passwords: the list has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the accounts of a JSON file exported from this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by service, website or account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per account: service, website, account, category, two-step verification, method and when it was last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-step verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step-by-step guide for the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to a stronger method…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to a stronger method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step-by-step guide to replace SMS codes with an authenticator app or a security key for the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether two-step verification is on for the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected account from the list, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the service&apos;s settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the selected service&apos;s security settings in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the selected service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on} on, {off} off, {unknown} not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account to confirm it or to turn on two-step verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with “Add accounts…”: it asks which e-mail, banking and social services you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} offers: {methods}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is not in the catalog: look for its security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery codes are not stored safely yet: put them in your password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS is the weakest method: codes sent by text can be intercepted. Switch to {better}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS is the weakest method: codes sent by text can be intercepted. Switch to an authenticator app or a security key if {service} offers one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} offers nothing stronger than SMS codes: keep them, they are far better than no second step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be opened here: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added 1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {n} accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the password-manager export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logins found in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: {service}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: {service}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {account} from the list? This only changes this list, not the account itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the list: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the list to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: it is not a valid list export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name or website, e.g. Gmail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one to fill in the fields below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. My local bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mybank.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address or name you sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these are kept: never a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaTile</name>
    <message>
        <source>Opens this area</source>
        <extracomment>A quiet line under a title (the theme&apos;s muted text colour, which meets WCAG AA). The dynamic property naming a chip&apos;s status word (its colour follows it). &quot;Checked 5 minutes ago&quot;: the oldest verdict among the area&apos;s findings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Site</source>
        <extracomment>How many other logins sharing a password are named in the table; the rest are counted (the tooltip names them all). The data row in the export file (int), for tests and reveal. The entry has at least one problem (bool), for the &quot;problems only&quot; filter. What a column sorts by (str or int).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({score} of 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaches could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site} ({user})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused on {logins}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused on {logins} and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached (more than a million times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached ({n} times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached (about {count} times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same password as: {sites}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoFixPage</name>
    <message>
        <source>Let the app do it</source>
        <extracomment>The outcome reached the page (for tests and the main window).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app can make this change for you: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will run this, as administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will run this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the full command line, including how administrator rights are asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows will ask you to allow it, in its own window. This app never sees your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer will ask for an administrator password in its own window. This app never sees or keeps your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is optional: to make the change yourself, press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand what will run and want the app to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick this to enable the Run button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the automatic fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the command shown above; the system may ask for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the automatic fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the command printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the command&apos;s own messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the command printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running… Answer the system&apos;s prompt if it asks for permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Press Next to check that it worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} You can run it again, or press Next to do it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the command on the clipboard so you can paste it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandView</name>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm: {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the service&apos;s security settings and check. Then say what you saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is two-step verification on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, it is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, it is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service does not offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With which methods?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are your recovery codes stored safely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (a password manager counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered, or I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Finding details</source>
        <extracomment>The user asked to delete the files a finding names (password exports).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the raw data behind this finding, for support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-by-step help to fix this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs this check once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this finding as snoozed or as an accepted risk, for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the snooze or accepted risk for this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze or accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;unt it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the password exports this finding names, after you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a finding on the left to see why it matters and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %s severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %s again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze or accept %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %s again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the files %s names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Phishing works on careful people too: it only needs one busy moment. Three signs to remember:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure about a real message? Do not use its links or numbers: open the site or app yourself, or call the number you already know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You spotted %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailBreachesWindow</name>
    <message>
        <source>E-mail addresses in known breaches</source>
        <extracomment>More addresses than this in one go is not &quot;your own addresses&quot;. One keyring call at a time: backends (D-Bus Secret Service above all) are not known to be thread-safe, and a second unlock prompt behind the first helps nobody. A check ended and its results are shown. One address was answered: (address, list of EmailBreach or an error message). The keyring answered (after creation, refresh_key_state() or saving a key). Bumped by every keyring question: only the newest answer is shown. A keyring call (reading the state, saving a key) is on its way. What the keyring said; both False until it has answered (see `key_known`). (address, breaches or error) in the order they were answered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Were your e-mail addresses in a breach?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have I Been Pwned keeps a list of known data breaches. Looking up an e-mail address needs your own API key, a small paid subscription from haveibeenpwned.com. The addresses you type are sent to that service; nothing is saved here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get a key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to get a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens {page} in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have I Been Pwned API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept only in your system keyring once saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the key in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail addresses, one per line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks Have I Been Pwned about each address above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring could not be opened ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no working keyring ({why}), so an API key cannot be stored safely and is not asked for. Set up your system&apos;s keyring (for example GNOME Keyring or KWallet), then come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key is saved in your system keyring. To replace it, paste a new one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key yet. Get one from haveibeenpwned.com (see below), paste it here and save it: it is kept only in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in your system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved in the keyring: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key saved in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your API key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at most {n} addresses at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {found} of {total} addresses appear in known breaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in any known breach. Good news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: in 1 known breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address}: in {n} known breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaked: {classes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExampleView</name>
    <message>
        <source>Example %1 of %2</source>
        <extracomment>The lesson window&apos;s size when it first opens (clamped to the screen by the main window).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address bar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the link really goes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the app: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not quite. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Finding</source>
        <extracomment>The order categories appear in, as a person thinks of them. Problems first, then what could not be told, then the good news.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Add the accounts that matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixWizard</name>
    <message>
        <source>Fix: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GainsList</name>
    <message>
        <source>What would raise your score:</source>
        <extracomment>Spacing grid of the pages, in logical pixels (two steps of the theme&apos;s grid). An area&apos;s state, by the one rule the tray follows too (`engine.standing`). Open problems: failed or warned, and not set aside. Findings that could not be told. Of the problems, those whose word is &quot;Action needed&quot; (what &quot;2 to fix&quot; counts, as the headline&apos;s &quot;N problems need your attention&quot; does); the rest are recommendations. The most checkups drawn.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <extracomment>The user asked to fix the suggested finding: its check id. The user asked to see the accounts due for an MFA review. The user clicked an area&apos;s tile: the Category value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkup yet</source>
        <extracomment>When each area&apos;s oldest verdict was reached. The number in the ring (tests and screen readers read it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last checkup</source>
        <extracomment>What the line is: &quot;Your last 4 checkups&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would raise the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens your accounts to review them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this fix comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the suggested problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens step-by-step help for the most valuable fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems need your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking good, with a few recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Accounts found in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account found in {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} accounts found in {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only each login&apos;s service and username were taken from the file. Its passwords are not shown, not added and not kept by this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick the ones you do not want in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the accounts to add to your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(already in your list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticks every account in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticks every account in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file itself holds your passwords in clear text: delete it when you are done (and empty the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>What we found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app can do it for you, or you can follow one step yourself. Press Next to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app can do it for you, or you can follow {n} steps yourself. Press Next to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app can do it for you. Press Next to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixing it takes one step. Press Next to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixing it takes {n} steps. Press Next to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide has no steps for {os}. Press Next to check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonCard</name>
    <message>
        <source>Spot the phish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn the signs of a phishing message from ten examples, in about five minutes. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the 5-minute lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on %1. Taking it again now and then keeps the signs fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take it again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonDialog</name>
    <message>
        <source>Spot the phish</source>
        <extracomment>Every example has an answer (the score is passed); emitted once per run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten example messages and pages: decide which are phishing and learn the signs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkCheckerWindow</name>
    <message>
        <source>Link checker</source>
        <extracomment>A link was checked (or found not to be one) and the answer is shown. The last answer (None before a check, or when the text was not a link).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this link safe to open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a link from an e-mail, a message or a web page. The checker reads its address for the tricks phishing uses: names that imitate a brand or one of your accounts, a real name in front of somebody else&apos;s address, hidden numbers and shorteners. The link is never opened and nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only read here, never opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the link goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes to {host}, a page of the site {domain}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes to {host}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not click it and do not sign in from it. If the message says there is a problem with an account, open the company&apos;s site or app yourself, as you usually do, and look there. Report the message as phishing to your e-mail provider, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hygiene Checkup: recording of %1</source>
        <extracomment>Months offered between MFA reviews. The finding page&apos;s key in the stack (not a sidebar entry: it opens from an area). How many recorded checkups Home&apos;s trend draws. How often the header&apos;s &quot;Checked 2 minutes ago&quot; is brought up to date, in milliseconds. The user snoozed, accepted or un-set-aside a finding (the tray recounts). The user chose how often to check in the background: hours, or None for off. The user&apos;s accounts and settings come from the machine being looked at: a recording has none of this user&apos;s (no inventory, settings only in memory). Findings checked again since the last full checkup: kept in view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene Checkup</source>
        <extracomment>The area the finding page goes back to. When the last full checkup finished (clock time), None before the first. When each finding&apos;s verdict was reached (a checkup, or checking it again).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks this computer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the recording again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the running checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available while looking at a recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open acc&amp;ounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and e-mail addresses, one per line. They stay on this computer and only make the password lab stricter about passwords built from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <extracomment>&quot;Checked 2 minutes ago&quot;, or &quot;Checking… 3 of 24&quot; while a checkup runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>The findings, as the one source the area pages, select() and the actions read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the area of this finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates a password as you type and, if you ask, checks it against known breaches. The password never leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test a password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password manager audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads an export of your password manager and lists weak, reused and breached logins, without ever showing a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up whether your e-mail addresses appear in known data breaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;e-mail addresses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your important accounts and whether two-step verification is on. No passwords or codes are stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot the phish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short lesson: ten example messages and pages, and the signs that give a phishing one away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot the &amp;phish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells whether a link looks like phishing, and why. The link is only read, never opened, and nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a &amp;link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review two-step verification every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name and e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password tools rate passwords built from them as weaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;automatically:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review two-step &amp;verification every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password tips:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout Hygiene Checkup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licences and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit an e&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mind me of due account reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup cancelled: some checks did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{link} is a link to {target}: {target} (the real file) and the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files hold passwords in clear text. Delete them for good?

%s

Make sure the passwords are in your password manager first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted:
%1

Not deleted:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice could not be saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MfaWizard</name>
    <message>
        <source>Two-step verification: {service}</source>
        <extracomment>The account as recorded (an `Account`), just before the wizard closes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record it: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordLab</name>
    <message>
        <source>Password strength</source>
        <extracomment>A rating was shown (for tests and the benchmark): the Strength, or None for empty input. A breach check answered and its answer is shown: the BreachResult. How long typing must pause before the breach check asks the server. Bumped on every change: breach answers for an older text are dropped. Bumped on every change of the text (and by clear()): ratings of an older text are dropped. Separate from `_generation`, which the breach box also bumps. The `_rate_generation` whose rating is on screen. One rating at a time runs on a worker; newer text waits for it, then only the newest is rated. How long the last rating took (for the benchmark).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is a password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a password to see how long it would take to guess. It stays in this window only: it is never saved, never put on the clipboard, and it is cleared when you leave this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated as you type; not saved and cleared when you leave this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the characters you typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to guess online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to guess offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessing online, where a website limits attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guessing offline, from a stolen, well-protected list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether it appeared in known breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first 5 characters of a fingerprint of your password are sent to the Pwned Passwords service; your password never leaves this computer, and nothing about the check is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will check when you stop typing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({score} of 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {rating}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bucket}. Do not use this password anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordingBanner</name>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most services give you recovery codes (or a recovery key) when you turn on two-step verification. They get you back in if you lose your phone or security key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are your recovery codes stored safely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, in my password manager or another safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not give me any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them now, before you finish: in your password manager (a secure note counts), or printed and kept with your important papers. Not in a plain file or an e-mail to yourself. Most services can show new ones in the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreRing</name>
    <message>
        <source>out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 out of 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>{service}&apos;s own guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {service}&apos;s help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} explains on its own pages how to turn on two-step verification. Open them in your browser and keep this guide beside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link for {service} in the catalog. Sign in on its website and look for Security in your account settings; the next steps help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} offers: {methods}. The strongest is first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which methods {service} offers is not known yet: the app learns it from 2FA Directory when it can download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever lose your second factor, {service} explains what to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account recovery page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <source>Set aside: %s</source>
        <extracomment>(label, days) offered for how long.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A finding you set aside stays in the list, marked with your choice, until the date you choose; it is not announced or suggested first meanwhile. Your score does not change: it describes this computer, not the choices made about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze: remind me later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the risk: I have a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. our IT department manages the firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For how long:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Home</source>
        <extracomment>Every page key in sidebar order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <extracomment>The user chose a page: its key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, the areas of your security, tools, settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Step {n} of {m}</source>
        <extracomment>A link Qt can open: a URL scheme (`ms-settings:`, `x-apple.systempreferences:`, `https:`) and no spaces. Anything else (`gnome-control-center network`) is a command to type. The step indicator&apos;s picture of what a page is about (intro pages show the finding&apos;s status). The icon&apos;s name, for tests and screenshots (&quot;step-terminal&quot;, &quot;status-fail&quot;, ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>On that computer, this opens: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy and run a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step uses a command: copy it, paste it where it says, and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step opens the right page in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step opens the right settings page for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this on your computer, then come back here and press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixing: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To open it, run this command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On that computer, this command opens it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings page could not be opened here. Follow the text above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Strength meter</source>
        <extracomment>Red to green, readable on light and dark backgrounds; the segment count and the text carry the same information, so colour is never the only cue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Hygiene Checkup menu</source>
        <extracomment>Milliseconds in one hour of the periodic checkup&apos;s interval (tests pass something tiny). QTimer takes a signed 32-bit interval (about 24.8 days); longer periods are capped there. How long a tray message stays up, where the desktop honours it. Before the first checkup has a result: a neutral icon (the app&apos;s own has a green-looking tick, which read as &quot;all good&quot; while nothing had been checked yet). The overall state in the findings&apos; own words (engine.status_words), as the list says them. A periodic checkup found new problems: (title, body), as shown in the tray message. The overall state changed: the new OverallState. The tray saved a setting the window shows (the periodic checkup&apos;s interval). True from the moment the timer starts a checkup until that checkup ends.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the checkup window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hygiene Checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licences and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Hygiene Checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene Checkup is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps an eye on this computer from here. Open it again from this icon; choose Quit in its menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, 1 problem set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, {n} problems set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene Checkup: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnedOnPage</name>
    <message>
        <source>I turned it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which method did you choose for {service}? The strongest are first; if you set up more than one, pick the strongest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be phished: the strongest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong: codes stay on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt on your phone, a card reader or a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only as safe as your e-mail account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest: texts can be intercepted or redirected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} (offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} does not offer two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you turned it on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultAuditWindow</name>
    <message>
        <source>Password export audit</source>
        <extracomment>The audit ended (finished, cancelled or failed) and the screen shows it. The export as it was when the audit read it (a link names its real file): only that file is deleted, after a re-check right before it goes. The file last chosen (read or not): what &quot;Run again&quot; and the breach box re-run. Bumped when a run starts or the data is dropped: late answers are ignored.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit your password manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your logins from your password manager or browser as a CSV file, then choose it here. The file is read on this computer only; the list below never shows a password unless you reveal one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a file dialog to pick the CSV file your password manager exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the audit again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the same export file again and audits it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check each password against known breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each password, only the first 5 characters of a fingerprint are sent to the Pwned Passwords service; no password leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the running audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site or username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the logins whose site or username contains these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the report as a JSON file; it holds no passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins and their problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per login: site, username, problems (worst first) and strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the password of the selected login until you select another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the selected login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the export file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for confirmation, then deletes the CSV file you audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{logins} from {source}: {breached} breached, {reused} reused, {weak} weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({n} could not be checked for breaches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{logins} from {source}: {reused} reused, {weak} weak (breaches not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: the list is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a link to {target}, which holds every password of the export in clear text: anyone who can read that file can read them. When you no longer need it, delete it (and empty the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds every password of the export in clear text: anyone who can read the file can read them. When you no longer need it, delete it (and empty the trash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exported passwords file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… (step {done} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating passwords… ({done} of {total} different passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit cancelled.</source>
        <extracomment>The file is a real export: offer to delete it, also after the data is dropped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {user} on {site}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not the file the audit read (it was moved, replaced or edited since), so it was left alone; run the audit again to see it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a link to {target}, where the passwords are. Delete {target} (the real file) and the link? It cannot be undone. Keep them only if you still need to import the file into a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {path}? It cannot be undone. Keep it only if you still need to import it into a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the export file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was deleted. Remember to empty the trash too if you had copies there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} (the real file) and {path} (the link to it) were deleted. Remember to empty the trash too if you had copies there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was already gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Check again</source>
        <extracomment>The re-check&apos;s result reached the page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with the steps? The app runs the check again to see whether the problem is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the check again to see whether the fix worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the app does not know the check {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score went from {before} to {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your score is now {after}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Back to go through the steps again, make sure each one is done, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still not fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is confirmed yet. Try again in a moment; if it keeps happening, follow the steps and check again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not confirm the fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Hygiene Checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Hygiene Checkup does, and what never leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short checkup of the habits that keep you safe online, with plain steps to fix what needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it looks at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passwords, two-step verification, updates, Wi-Fi and this device. It takes about a minute and changes nothing by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What never leaves this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passwords, files and results stay here. A password is only ever checked against breach lists by the first 5 characters of its hash, never in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every fix is explained step by step, and nothing is changed without you asking for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run my first checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PickPage</name>
    <message>
        <source>Which e-mail services do you use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which banks or payment services?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which social networks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail matters most: whoever controls it can reset the password of almost every other account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These hold your money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A taken-over profile is used to trick your friends and family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the ones you use and, if you like, type the e-mail address or name you sign in with, to tell accounts apart. No password is asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} (already in your list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick if you have an account at {domain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address or name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address or name for {service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog lists no services of this kind yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listed? Add it with “Add one…” after this guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SummaryPage</name>
    <message>
        <source>Add these accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, the list shows which of them have two-step verification on. You can confirm each one, or let the app guide you to turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is ticked: nothing will be added. Press Back to pick some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 account will be added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} accounts will be added:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <source>Opens {link}</source>
        <extracomment>The MFA check this wizard answers (MFA-001: offered but not on).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be opened here: {link}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>&amp;About Hygiene Checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licences and privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
