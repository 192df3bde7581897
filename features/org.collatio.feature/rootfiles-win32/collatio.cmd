@echo off
rem Collatio launch script for Windows (the native Eclipse launcher is not on Maven Central).
rem
rem   collatio                       the workbench on the seed corpus (a copy in the user's data folder)
rem   collatio --corpus DIR          the workbench on the corpus in DIR
rem   collatio ^<command^> [options]   a headless command (no window); "collatio --help" lists them
rem   collatio --update FROM         updates this installation from a p2 repository (folder or URL)
rem
rem Java: jre\ inside the product when there is one; otherwise COLLATIO_JAVA (a java.exe), JAVA_HOME,
rem the java on PATH, then the JDKs installed under Program Files (Eclipse Adoptium, Java, Microsoft,
rem Zulu, Amazon Corretto): the first of version 21 or newer.
rem Environment: COLLATIO_DATA (default %LOCALAPPDATA%\Collatio), COLLATIO_VMARGS (extra JVM options).
rem collatiow.vbs runs this script with no console window.
setlocal EnableExtensions DisableDelayedExpansion
rem the product folder, without its trailing backslash (a "C:\x\" argument would escape its quote)
set "COLLATIO_HOME=%~dp0"
set "COLLATIO_HOME=%COLLATIO_HOME:~0,-1%"
if not defined COLLATIO_DATA set "COLLATIO_DATA=%LOCALAPPDATA%\Collatio"

set "JAVA_EXE="
if defined COLLATIO_JAVA set "JAVA_EXE=%COLLATIO_JAVA%"
if not defined JAVA_EXE call :try "%COLLATIO_HOME%\jre"
if not defined JAVA_EXE if defined JAVA_HOME call :try "%JAVA_HOME%"
if not defined JAVA_EXE for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA_EXE call :try "%%~dpj.."
if not defined JAVA_EXE for /d %%d in ("%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Java\*" "%ProgramFiles%\Microsoft\jdk-*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*") do if not defined JAVA_EXE call :try "%%~d"
if not defined JAVA_EXE (
  echo collatio: no Java 21 or newer found ^(looked at %COLLATIO_HOME%\jre, JAVA_HOME, java on PATH, Program Files^). 1>&2
  echo collatio: install a JDK 21+ ^(e.g. Temurin 21 from https://adoptium.net, "winget install EclipseAdoptium.Temurin.21.JDK"^) or set JAVA_HOME to it. 1>&2
  exit /b 2
)

set "LAUNCHER="
for %%f in ("%COLLATIO_HOME%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~f"
if not defined LAUNCHER (
  echo collatio: broken installation: no org.eclipse.equinox.launcher jar under %COLLATIO_HOME%\plugins 1>&2
  exit /b 2
)
if not exist "%COLLATIO_DATA%" mkdir "%COLLATIO_DATA%"

set "FIRST=%~1"
set "MODE=cli"
if "%FIRST%"=="" set "MODE=workbench"
if /i "%FIRST%"=="--corpus" set "MODE=workbench"
if /i "%FIRST%"=="-corpus" set "MODE=workbench"
if /i "%FIRST%"=="-data" set "MODE=workbench"
if /i "%FIRST%"=="-clean" set "MODE=workbench"
if /i "%FIRST%"=="-clearPersistedState" set "MODE=workbench"
if /i "%FIRST%"=="--update" goto update

if "%MODE%"=="cli" goto cli
"%JAVA_EXE%" -Xms128m -Xmx4g -Dosgi.requiredJavaVersion=21 -Dslf4j.internal.verbosity=ERROR %COLLATIO_VMARGS% -jar "%LAUNCHER%" -install "%COLLATIO_HOME%" -data "%COLLATIO_DATA%\workspace" -application org.collatio.ui.application %*
exit /b %ERRORLEVEL%

:update
rem collatio --update FROM: p2 updates this installation from the repository FROM
"%JAVA_EXE%" -Xms128m -Xmx4g -Djava.awt.headless=true %COLLATIO_VMARGS% -jar "%LAUNCHER%" -install "%COLLATIO_HOME%" -data @none -nosplash -application org.collatio.update.application "%~2"
exit /b %ERRORLEVEL%

:cli
rem headless commands run inside the product's OSGi runtime, with no display
"%JAVA_EXE%" -Xms128m -Xmx4g -Dosgi.requiredJavaVersion=21 -Dslf4j.internal.verbosity=ERROR -Djava.awt.headless=true %COLLATIO_VMARGS% -jar "%LAUNCHER%" -install "%COLLATIO_HOME%" -data @none -nosplash -application org.collatio.cli.application %*
exit /b %ERRORLEVEL%

rem :try DIR  sets JAVA_EXE to DIR\bin\java.exe when DIR holds a Java 21 or newer (its release file says so)
:try
if not exist "%~1\bin\java.exe" exit /b 0
if not exist "%~1\release" exit /b 0
set "JV="
for /f "tokens=2 delims==" %%v in ('findstr /b /c:"JAVA_VERSION=" "%~1\release"') do set "JV=%%~v"
if not defined JV exit /b 0
for /f "tokens=1 delims=." %%m in ("%JV%") do set "JV=%%m"
if %JV% GEQ 21 set "JAVA_EXE=%~f1\bin\java.exe"
exit /b 0
