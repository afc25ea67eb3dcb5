; Inno Setup script for Careplan on Windows (NOT YET RUN: written and reviewed on Linux; see docs/packaging.md).
; Input: dist\careplan\ from packaging\windows\build-windows.ps1 (PyInstaller one-folder build).
; Output: dist\careplan-setup-VERSION.exe, a per-user install needing no administrator rights.
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B3B7F2E-6C1A-4F8B-9E57-2A0C5D1E9C41}
AppName=Careplan
AppVersion={#AppVersion}
AppPublisher=Careplan
DefaultDirName={localappdata}\Programs\Careplan
DefaultGroupName=Careplan
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=careplan-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
UninstallDisplayIcon={app}\careplan.exe

[Files]
Source: "..\..\dist\careplan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Careplan"; Filename: "{app}\careplan.exe"
Name: "{userdesktop}\Careplan"; Filename: "{app}\careplan.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Registry]
; Plans (*.careplan.json) open in Careplan from Explorer. Only the double extension is claimed, not .json.
Root: HKCU; Subkey: "Software\Classes\Careplan.Plan"; ValueType: string; ValueData: "Careplan care plan"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Careplan.Plan\shell\open\command"; ValueType: string; ValueData: """{app}\careplan.exe"" ""%1"""

[Run]
Filename: "{app}\careplan.exe"; Description: "Start Careplan"; Flags: nowait postinstall skipifsilent
