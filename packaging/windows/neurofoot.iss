; Inno Setup 6 script: the Windows installer for NeuroFoot (64-bit, Windows 10 or later).
;
; First build the PyInstaller bundle on Windows (see packaging\README.md), which leaves
; dist\neurofoot\ (neurofoot.exe, neurofoot-cli.exe, _internal\) in the repository. Then:
;
;   iscc packaging\windows\neurofoot.iss
;   iscc /DAppVersion=0.2.0 /DBundleDir=C:\build\dist\neurofoot packaging\windows\neurofoot.iss
;
; Output: packaging\windows\Output\NeuroFoot-<version>-setup.exe
; It installs per user by default (no administrator rights needed) and offers a
; machine-wide install on request. Uninstalling keeps the user's log in
; %LOCALAPPDATA%\NeuroFoot: it is their health record, not ours to delete.

#ifndef AppVersion
#define AppVersion "0.1.0"
#endif
#ifndef BundleDir
#define BundleDir "..\..\dist\neurofoot"
#endif
#define AppName "NeuroFoot"
#define AppExe "neurofoot.exe"
#define AppPublisher "NeuroFoot team"
#define AppURL "https://neurofoot.example/"

[Setup]
; Never change AppId: Windows uses it to find the installed copy when upgrading.
AppId={{851B0EC4-39F1-4BE3-9EDF-55C1914F17C2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL={#AppURL}
AppSupportURL={#AppURL}
AppUpdatesURL={#AppURL}
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=Output
OutputBaseFilename=NeuroFoot-{#AppVersion}-setup
SetupIconFile=..\icons\neurofoot.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Ask a running NeuroFoot to close (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no library of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Gentle foot massage, step by step"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent
