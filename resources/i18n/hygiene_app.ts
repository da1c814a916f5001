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
        <source>Open &apos;Software &amp; Updates&apos; and go to the &apos;Updates&apos; tab. Set &apos;Automatically check for updates&apos; to &apos;Daily&apos; and &apos;When there are security updates&apos; to &apos;Download and install automatically&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there is no such tab (Debian, other desktops), open a terminal, type the following, and answer &apos;Yes&apos;:</source>
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
        <source> (managed by your organization)</source>
        <extracomment>Windows and macOS (its Linux steps are Debian&apos;s; Linux picks its guide by distribution).</extracomment>
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
        <source>cannot read ufw.conf</source>
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
        <source>could not verify without administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no firewall tool found (ufw, firewalld, nftables or iptables)</source>
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
        <source>could only read the local firewall settings, not the effective (group policy) ones</source>
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
        <source>cannot read the running kernel</source>
        <extracomment>Debian packages that create REBOOT_REQUIRED; without one of them its absence means nothing.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the installed kernels in /usr/lib/modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read /var/run/reboot-required</source>
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
        <source>The list of available updates was last refreshed {days} days ago, so more updates are probably waiting.</source>
        <extracomment>Windows, macOS, and Linux apps only (Flatpak and Snap).</extracomment>
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
        <source>could not tell when the list of available updates was last refreshed</source>
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
        <source>could not tell whether {name} carries your internet traffic: {why}</source>
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
        <source>If your organisation or VPN provider gave you an app (Cisco AnyConnect, GlobalProtect, WireGuard, NordVPN, ...), open it and select Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise open Settings &gt; Network &amp; internet &gt; VPN, select &apos;Add VPN&apos; and enter the details your provider gave you, then select Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this check again: it should say the VPN carries your traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your organisation or VPN provider gave you an app, open it from the menu bar or Applications and choose Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise open System Settings &gt; VPN, choose &apos;Add VPN Configuration&apos;, enter the details your provider gave you and turn the VPN on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your provider gave you an app (Mullvad, Proton VPN, Tailscale with an exit node, ...), open it and connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise open Settings &gt; Network, select &apos;+&apos; next to VPN, import the configuration file your provider gave you and switch the VPN on. Or, in a terminal, list your connections with `nmcli connection show` and start the VPN by its name:</source>
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
        <source>Software updates</source>
        <extracomment>Evidence values are plain JSON so reports and snapshots can carry them unchanged. The check could not tell (offline, tool missing, permission denied, unsupported). The check was not run (not for this OS, excluded, cancelled, needs the network offline). The check itself broke; a bug, reported with the check&apos;s id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell</source>
        <extracomment>Relative importance in the score (1 = minor, 10 = essential). The severity a failure has unless the finding says otherwise. One line for the user: what, if anything, leaves this machine when the check runs. Seconds the check may take before the runner gives up on it. The check to run again to confirm the fix worked. Why the check could not tell (unknown), was not run (skipped) or broke (error).</extracomment>
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
        <source>not available on {os}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs the network, and offline mode is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checkup was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within {s:.0f} seconds</source>
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
        <extracomment>The most problem titles a notification lists before &quot;and N more&quot;. No problem that counts. Only warnings below high severity, or checks that could not tell. A failure, or a problem of high or critical severity.</extracomment>
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
    <message>
        <source>FixWizard</source>
        <comment>Paste it into PowerShell (Ctrl+V) and press Enter.</comment>
        <extracomment>A link Qt can open: a URL scheme (`ms-settings:`, `x-apple.systempreferences:`, `https:`) and no spaces. Anything else (`gnome-control-center network`) is a command to type.</extracomment>
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
    <name>DetailsPane</name>
    <message>
        <source>Finding details</source>
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
        <source>Fix it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step-by-step help to fix this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs this check once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze or accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this finding out of the score for a while, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the snooze or accepted risk for this finding</source>
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
        <source>Checking…</source>
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
    <name>FixWizard</name>
    <message>
        <source>Fix: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>What we found: {summary}</source>
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
        <source>Hygiene Checkup</source>
        <extracomment>The user snoozed, accepted or un-set-aside a finding (the tray recounts). The user chose how often to check in the background: hours, or None for off. Findings checked again since the last full checkup: kept in view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks this computer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the running checkup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to check automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings grouped by category</source>
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
    <message numerus="yes">
        <source>Every %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 of %2: %3</source>
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
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice could not be saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <extracomment>The user asked to fix the suggested finding: its check id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkup yet</source>
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
        <source>out of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it…</source>
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
        <source>Looking good, with a few suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would raise your score:</source>
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
        <source>A finding you set aside stays in the list but does not count in your score until the date you choose. Then it counts again.</source>
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
    <name>StepPage</name>
    <message>
        <source>Step {n} of {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the web page</source>
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
        <source>The settings page could not be opened here. Follow the text above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Hygiene Checkup menu</source>
        <extracomment>Milliseconds in one hour of the periodic checkup&apos;s interval (tests pass something tiny). QTimer takes a signed 32-bit interval (about 24.8 days); longer periods are capped there. How long a tray message stays up, where the desktop honours it. A periodic checkup found new problems: (title, body), as shown in the tray message. The overall state changed: the new OverallState. The tray saved a setting the window shows (the periodic checkup&apos;s interval). True from the moment the timer starts a checkup until that checkup ends.</extracomment>
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
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Hygiene Checkup</source>
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
        <source>Hygiene Checkup: {status}</source>
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
        <source>The check could not tell: {reason}.</source>
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
</TS>
