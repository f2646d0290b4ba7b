; Ujikon's Windows installer: NSIS 3 with Modern UI 2, in Indonesian.
;
;   makensis -DDIST=dist\Ujikon -DVERSION=0.1.0 packaging\ujikon.nsi
;
; DIST is the folder PyInstaller made from packaging\ujikon.spec (Ujikon.exe, ujikon-cli.exe,
; _internal\); VERSION is the version in pyproject.toml. Optional: -DOUTFILE=path of the setup
; program (default: Ujikon-VERSION-setup.exe beside this script), -DNOCOMPRESS (no LZMA: CI
; compiles this script on Linux against the Linux bundle only to check it, in seconds).
;
; What it does:
; - installs for this user only (default: no administrator needed, into
;   %LOCALAPPDATA%\Programs\Ujikon) or for all users (Program Files; administrators only);
;   /CurrentUser or /AllUsers choose on the command line, /S installs silently;
; - a Start menu shortcut, and a desktop shortcut if ticked;
; - records the version and the folder in the registry (Software\Ujikon) and in Windows'
;   list of programs (Settings -> Apps), with the uninstaller;
; - an older version is upgraded in place: same mode, same folder, its program files replaced
;   (the app migrates the database at its next start, after its automatic copy);
; - never touches the data folder (%LOCALAPPDATA%\PPID Kabupaten Serang\Ujikon: the database,
;   the office key, the log, the window's settings) nor the backups: neither when installing
;   nor when uninstalling. The uninstaller deletes only the files it installed.

Unicode true

!ifndef DIST
  !error "DIST is not set: makensis -DDIST=dist\Ujikon -DVERSION=0.1.0 packaging\ujikon.nsi"
!endif
!ifndef VERSION
  !error "VERSION is not set: makensis -DDIST=dist\Ujikon -DVERSION=0.1.0 packaging\ujikon.nsi"
!endif
; The bundle must be there: the Windows one (Ujikon.exe), or on Linux the Linux one that CI
; compiles this script against.
!if /FileExists "${DIST}\Ujikon.exe"
!else if /FileExists "${DIST}/Ujikon"
!else
  !error "No PyInstaller bundle in DIST=${DIST} (build it: pyinstaller packaging\ujikon.spec)"
!endif
!if /FileExists "${DIST}\_internal\resources\sop\*.toml"
!else if /FileExists "${DIST}/_internal/resources/sop/*.toml"
!else
  !error "The bundle in ${DIST} has no resources\sop: build it with packaging\ujikon.spec"
!endif

!define APP "Ujikon"
!define APP_EXE "Ujikon.exe"
!define CLI_EXE "ujikon-cli.exe"
!define PUBLISHER "PPID Pemerintah Kabupaten Serang"
!define DESCRIPTION "Uji Konsekuensi Informasi Publik"
!define APP_KEY "Software\Ujikon"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Ujikon"
; Where platformdirs puts Ujikon's data for a user (app.settings.paths; a test checks it).
!define DATA_FOLDER "$LOCALAPPDATA\PPID Kabupaten Serang\Ujikon"
!define DATA_FOLDER_TEXT "%LOCALAPPDATA%\PPID Kabupaten Serang\Ujikon"
!ifndef OUTFILE
  !define OUTFILE "Ujikon-${VERSION}-setup.exe"
!endif

; VIProductVersion wants four numbers: 0.1.0 -> 0.1.0.0
!searchparse /noerrors "${VERSION}" "" V_MAJOR "." V_MINOR "." V_PATCH
!ifndef V_MINOR
  !define V_MINOR 0
!endif
!ifndef V_PATCH
  !define V_PATCH 0
!endif

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${PUBLISHER}"
ShowInstDetails show
ShowUninstDetails show
!ifdef NOCOMPRESS
  SetCompress off
!else
  SetCompressor /SOLID lzma
!endif

VIProductVersion "${V_MAJOR}.${V_MINOR}.${V_PATCH}.0"
VIAddVersionKey /LANG=1057 "ProductName" "${APP}"
VIAddVersionKey /LANG=1057 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1057 "FileDescription" "Pemasang ${APP} ${VERSION}"
VIAddVersionKey /LANG=1057 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1057 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1057 "LegalCopyright" "${PUBLISHER}"

; -- per user or all users (MultiUser.nsh) ----------------------------------------------------
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"

!include "MultiUser.nsh"
!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
; StrStr: MultiUser.nsh (MULTIUSER_INSTALLMODE_COMMANDLINE) has declared it already.

Var OldVersion  ; the version installed before this one, "" on a first install

; -- pages -------------------------------------------------------------------------------------
!define MUI_ICON "ujikon.ico"
!define MUI_UNICON "ujikon.ico"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC

!define MUI_WELCOMEPAGE_TITLE "Memasang ${APP} ${VERSION}"
!define MUI_WELCOMEPAGE_TEXT "${APP} menjalankan SOP Uji Konsekuensi Informasi Publik untuk PPID \
Pemerintah Kabupaten Serang. Aplikasi ini bekerja tanpa internet.$\r$\n$\r$\nBila versi lama \
sudah terpasang, versi itu diperbarui di tempatnya; basis data, cadangan dan kunci kantor tidak \
diubah oleh pemasang.$\r$\n$\r$\n$_CLICK"
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipWhenUpgrading
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipWhenUpgrading
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "${APP} ${VERSION} sudah terpasang"
!define MUI_FINISHPAGE_TEXT "Buka ${APP} dari menu Start. Pada awal pertama, ${APP} meminta nama \
kantor dan membuat akun administrator.$\r$\n$\r$\nData disimpan di ${DATA_FOLDER_TEXT} \
(basis data, kunci kantor, log), terpisah dari folder program."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Jalankan ${APP} sekarang"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "${APP} akan dihapus dari komputer ini. Basis data, \
cadangan, kunci kantor dan log di ${DATA_FOLDER_TEXT} TIDAK dihapus: pemasangan berikutnya \
memakainya lagi. Hapus folder itu sendiri hanya bila datanya sudah disalin ke tempat lain."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Indonesian"

LangString MsgNeeds64Bit ${LANG_INDONESIAN} "${APP} memerlukan Windows 64-bit."
LangString MsgRunning ${LANG_INDONESIAN} "${APP} masih berjalan (jendelanya, atau cadangan \
terjadwal lewat ${CLI_EXE}). Tutup ${APP}, lalu klik Coba lagi."
LangString MsgNewerInstalled ${LANG_INDONESIAN} "${APP} versi $OldVersion, lebih baru daripada \
versi ${VERSION} ini, sudah terpasang. Basis data yang sudah dibuka versi baru mungkin tidak \
dapat dibuka versi lama. Tetap pasang versi ${VERSION}?"
LangString MsgDataFolder ${LANG_INDONESIAN} "Folder program tidak boleh berada di folder data \
${APP} (${DATA_FOLDER_TEXT}). Pilih folder lain."
LangString DescApp ${LANG_INDONESIAN} "Program ${APP} (wajib)."
LangString DescStartMenu ${LANG_INDONESIAN} "Pintasan ${APP} di menu Start."
LangString DescDesktop ${LANG_INDONESIAN} "Pintasan ${APP} di desktop."

; -- helpers -----------------------------------------------------------------------------------
; Waits until FILE is not running: a running program cannot be opened for writing on Windows.
!macro WAIT_UNTIL_CLOSED FILE
  !define /ReDef _ID ${__COUNTER__}
  retry_${_ID}:
  ${If} ${FileExists} "${FILE}"
    ClearErrors
    FileOpen $0 "${FILE}" a
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MsgRunning)" /SD IDCANCEL IDRETRY retry_${_ID}
      Abort
    ${EndIf}
    FileClose $0
  ${EndIf}
!macroend

Function SkipWhenUpgrading
  ${If} $OldVersion != ""
    Abort  ; the mode and the folder of the installed version are kept
  ${EndIf}
FunctionEnd

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(MsgNeeds64Bit)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  StrCpy $R9 $INSTDIR  ; /D=folder from the command line, else empty (no InstallDir here)
  !insertmacro MULTIUSER_INIT  ; sets the mode's own default folder, over /D
  ReadRegStr $OldVersion SHCTX "${APP_KEY}" "Version"
  ${If} $R9 != ""
  ${AndIf} $OldVersion == ""
    StrCpy $INSTDIR $R9  ; a first install where /D asked
  ${EndIf}
  ${If} $OldVersion != ""
    ${VersionCompare} "$OldVersion" "${VERSION}" $R0
    ${If} $R0 == 1
      MessageBox MB_YESNO|MB_ICONEXCLAMATION "$(MsgNewerInstalled)" /SD IDNO IDYES keep_going
      Abort
      keep_going:
    ${EndIf}
  ${EndIf}
FunctionEnd

Function .onVerifyInstDir
  ${StrStr} $R1 "$INSTDIR\" "\PPID Kabupaten Serang\Ujikon\"
  ${If} $R1 != ""
    Abort  ; the Next button stays grey: never inside a data folder
  ${EndIf}
FunctionEnd

; -- sections ----------------------------------------------------------------------------------
Section "!${APP}" SecApp
  SectionIn RO
  ${StrStr} $R1 "$INSTDIR\" "\PPID Kabupaten Serang\Ujikon\"
  ${If} $R1 != ""
    MessageBox MB_OK|MB_ICONSTOP "$(MsgDataFolder)" /SD IDOK
    Abort
  ${EndIf}
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\${APP_EXE}"
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\${CLI_EXE}"
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program files whole: a module the old version had and this one
  ; has not must not linger. Only the bundle's own folder and programs: nothing else there.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  WriteRegStr SHCTX "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${APP_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${APP_KEY}" "Version" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Comments" "${DESCRIPTION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" \
    '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Menu Start" SecStartMenu
  SetOutPath "$INSTDIR"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "${DESCRIPTION}"
SectionEnd

Section /o "Desktop" SecDesktop
  SetOutPath "$INSTDIR"
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "${DESCRIPTION}"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(DescApp)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecStartMenu} "$(DescStartMenu)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(DescDesktop)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; -- uninstaller -------------------------------------------------------------------------------
Function un.onInit
  SetRegView 64
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "Uninstall"
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\${APP_EXE}"
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\${CLI_EXE}"
  ; Only what the installer put here; the data folder and the backups are never touched.
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  DeleteRegKey SHCTX "${APP_KEY}"
SectionEnd
