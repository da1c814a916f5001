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
        <source>Automatic upgrades are configured, but the unattended-upgrades package that does them is not installed.</source>
        <extracomment>Security updates are installed without anyone&apos;s help. The system looks for (maybe downloads) updates, then waits for a person. Turned on, but paused until a date (Windows). What does (or would do) the updating: &quot;unattended-upgrades&quot;, &quot;Windows Update&quot;, ... An organization&apos;s policy sets these settings. ISO-8601 UTC time at which paused updates resume. The parsed settings behind the verdict. Why the level is UNKNOWN. A lesser gap in an otherwise automatic setup, shown as a low-severity warning. Why the level is CHECKS_ONLY or OFF, in one sentence for the user. `systemctl is-enabled` answers (systemd 252+); anything else is no answer. The Windows Update policy key exists: an organization (or a tweak tool) manages updates. The latest pause end among PauseUpdatesExpiryTime and PauseQualityUpdatesEndTime.</extracomment>
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
        <source>A policy on this computer (NoAutoUpdate) turns automatic updates off.</source>
        <extracomment>Policy AUOptions that download or look for updates but wait for a person to install them. Microsoft.Update.AutoUpdate NotificationLevel: 1 = never check, 2 = notify before download, 3 = notify before install, 4 = scheduled installation (0 = not configured: the default).</extracomment>
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
        <source>Arch Linux has no automatic update service: update by hand every week or so with &apos;sudo pacman -Syu&apos;</source>
        <extracomment>The program unattended-upgrades installs: what tells the package is there. Its configuration file. Not proof of the package: `apt remove` keeps configuration files. Every dnf-automatic timer&apos;s state in one call (see `parse_unit_files`). Seconds per probe. UPD-002&apos;s worst path (Debian: apt-config, systemctl, gsettings; or macOS: two plutil runs; or Windows: one PowerShell run) stays well under META.timeout. The dictionary; empty when the file does not exist; None when it could not be read.</extracomment>
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
        <source>Run this check again.</source>
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
        <source>Until then, Windows installs no updates, security fixes included.</source>
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
        <source>Or, in PowerShell opened with &apos;Run as administrator&apos;, type:</source>
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
        <source>Firewall is on ({names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall is off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}. Programs that listen on the network can be reached by other devices on the same network.</source>
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
        <source>the installed kernels are not known</source>
        <extracomment>The platform keeps no such flag (macOS): only uptime can tell. Packages or components asking for the restart, when the system names them.</extracomment>
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
    <message>
        <source>The list of updates is {days} days old: updates may be waiting</source>
        <translation type="unfinished"></translation>
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
        <extracomment>A public address whose route the kernel resolves; nothing is sent to it. A second public address, unrelated to any DNS resolver (a CDN&apos;s), looked up when the first goes into a tunnel: split tunnels often route public resolvers such as 1.1.1.1 into the VPN. Nothing is sent to it either. Linux: the same for the second address; run only when the first route is a tunnel. macOS: the route the kernel would pick for a public address. Unlike `route get default` this also sees the `0/1` + `128/1` routes many VPN clients add instead of replacing the default. macOS: the same for the second address; run only when the first route is a tunnel. Windows: adapters that are up (described by their driver, since friendly names are localized and renameable), the adapter of the best route to each of the two public addresses, and the built-in (RAS) VPN connections, which have no adapter of their own. Each route lookup (a local kernel query, normally instant). Linux and macOS make at most two: 2 x 2 s stays within NET-002&apos;s budget and, after system_profiler&apos;s 8 s, NET-003&apos;s 12 s. The one PowerShell probe (both route lookups happen inside it). The interface the operating system uses to reach the internet, when known. The operating system answered that there is no route (offline), as opposed to the lookup failing. Interface names that are VPN tunnels (Linux, and macOS for utun/ppp/ipsec/tun/tap). Virtual or point-to-point interfaces that are not VPNs: containers, VMs, bridges, mobile broadband (raw-IP modems are point-to-point), Apple&apos;s peer-to-peer and 6to4 interfaces. Interface names that say which product made the tunnel. Process-name prefixes (lower case, &quot;.exe&quot; removed) naming a VPN product; specific products first, since several of them run OpenVPN or WireGuard underneath. Process-name prefixes of the VPN clients that run over a `ppp` interface (L2TP, PPTP, SSTP, openfortivpn; racoon is macOS&apos;s L2TP-over-IPsec). `pppd` alone also drives PPPoE and modems, so it proves nothing. Windows adapter descriptions (lower case substrings) of VPN tunnels, with the product. Virtual adapters that are not VPNs even though they are not hardware.</extracomment>
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
        <source>Could not tell</source>
        <extracomment>Relative importance in the score (1 = minor, 10 = essential). The severity a failure has unless the finding says otherwise. One line for the user: what, if anything, leaves this machine when the check runs. Seconds the check may take before the runner gives up on it. This step, shown alone, is the guide&apos;s one-line fix (the CLI&apos;s &quot;Fix:&quot; line). Mark it when the guess in `engine.fix_line` would pick a step that leans on another. The check to run again to confirm the fix worked. Why the check could not tell (unknown), was not run (skipped) or broke (error). What was found, in human words (the evidence is the same, raw, for support).</extracomment>
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
The most problem titles a notification lists before &quot;and N more&quot;. No problem that counts. Only warnings below high severity, or checks that could not tell. A failure, or a problem of high or critical severity.</extracomment>
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
        <source>a secret store this app does not know by name</source>
        <extracomment>keyrings.alt keeps secrets in files or the registry, not in the OS keyring: the e-mail breach screen refuses them too (services/passwords/hibp.py), and the two must agree. What people call the stores behind the usual backends.</extracomment>
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
    <message>
        <source>Switch: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also look whether these offer an authenticator app or a security key: {names}.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Could not look for password exports in every folder</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>and the app can make the change for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen because it raises your score the most for the effort: {points}, {how}.</source>
        <translation type="unfinished"></translation>
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
        <extracomment>The user&apos;s account inventory and catalog; None where there is none to edit. Finds a program on this computer (tests pass a fake).</extracomment>
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
    <message>
        <source>seen in breaches about {count} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline mode is on</source>
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
    <message>
        <source>{names} and {n} more</source>
        <extracomment>At most this many names are listed in one fact; the rest are counted.</extracomment>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Nothing to check yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n couldn&apos;t be checked</source>
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
        <extracomment>The dynamic property naming a chip&apos;s status word (its colour follows it).</extracomment>
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
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <extracomment>The user asked to fix the suggested finding: its check id. The user asked to see the accounts due for an MFA review. The user clicked an area&apos;s tile: the Category value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkup yet</source>
        <extracomment>The number in the ring (tests and screen readers read it).</extracomment>
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
        <source>What would raise your score:</source>
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
    <name>MainWindow</name>
    <message>
        <source>Hygiene Checkup: recording of %1</source>
        <extracomment>Months offered between MFA reviews. The finding page&apos;s key in the stack (not a sidebar entry: it opens from an area). How often the header&apos;s &quot;Checked 2 minutes ago&quot; is brought up to date, in milliseconds. The user snoozed, accepted or un-set-aside a finding (the tray recounts). The user chose how often to check in the background: hours, or None for off. The user&apos;s accounts and settings come from the machine being looked at: a recording has none of this user&apos;s (no inventory, settings only in memory). Findings checked again since the last full checkup: kept in view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene Checkup</source>
        <extracomment>The area the finding page goes back to. When the last full checkup finished (clock time), None before the first.</extracomment>
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
        <source>&amp;Audit an export…</source>
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
        <extracomment>Spacing grid of the pages, in logical pixels (two steps of the theme&apos;s grid). Open problems: failed or warned, and not set aside (what &quot;2 to fix&quot; counts). Findings that could not be told.</extracomment>
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
