; Inno Setup script: installs the PyInstaller one-folder build (dist\AllianceDesktop) for the
; current user, without administrator rights, with a Start-menu entry and an uninstaller.
; Build the folder first (`pyinstaller --noconfirm packaging\alliance-desktop.spec`), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\alliance-desktop.iss
; The installer is written to dist\AllianceDesktop-<version>-windows-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C1E52-6B1D-4C64-9C0A-3B8E4F6A2D17}
AppName=Alliance Desktop
AppVersion={#AppVersion}
AppPublisher=Council of Europe
AppComments=Register of the Alliance of European Cities and Regions for the Inclusion of Roma and Travellers
DefaultDirName={autopf}\Alliance Desktop
DefaultGroupName=Alliance Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=AllianceDesktop-{#AppVersion}-windows-setup
SetupIconFile=..\..\alliance_desktop\resources\icons\alliance-desktop.ico
UninstallDisplayIcon={app}\AllianceDesktop.exe
; The EUPL with a UTF-8 byte-order mark (a .txt without one is read as ANSI), written there by
; the spec on Windows.
LicenseFile=..\..\build\LICENSE.txt
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\AllianceDesktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\alliance_desktop\resources\THIRD-PARTY-LICENSES.txt"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\build\LICENSE.txt"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Alliance Desktop"; Filename: "{app}\AllianceDesktop.exe"
Name: "{autodesktop}\Alliance Desktop"; Filename: "{app}\AllianceDesktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\AllianceDesktop.exe"; Description: "{cm:LaunchProgram,Alliance Desktop}"; Flags: nowait postinstall skipifsilent
