@echo off
rem Starts High Needs Workbench from this folder with a Java 21 or newer.
rem   highneeds.cmd [-data WORKSPACE] [-application org.highneeds.cli.app ARGS...]
rem Java is taken from HIGHNEEDS_JAVA, then JAVA_HOME, then the java on the PATH.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "JAVA="
if defined HIGHNEEDS_JAVA if exist "%HIGHNEEDS_JAVA%" set "JAVA=%HIGHNEEDS_JAVA%"
if not defined JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for %%J in (java.exe) do if not "%%~$PATH:J"=="" set "JAVA=%%~$PATH:J"
if not defined JAVA goto nojava
set "MAJOR="
for /f "tokens=3" %%V in ('"!JAVA!" -version 2^>^&1 ^| findstr /i "version"') do set "VER=%%~V"
for /f "delims=." %%M in ("!VER!") do set "MAJOR=%%M"
if "!MAJOR!"=="1" goto oldjava
if !MAJOR! LSS 21 goto oldjava
set "LAUNCHER="
for %%L in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~fL"
if not defined LAUNCHER (
  echo This High Needs Workbench installation is incomplete: no Equinox launcher in %HERE%plugins. 1>&2
  exit /b 2
)
"!JAVA!" -Xms256m -Xmx4g -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED "-Djava.util.logging.config.file=%HERE%logging.properties" %HIGHNEEDS_VMARGS% -jar "!LAUNCHER!" -install "%HERE%." -configuration "%HERE%configuration" %*
exit /b %ERRORLEVEL%
:oldjava
echo High Needs Workbench needs Java 21 or newer; "!JAVA!" is Java !VER!. 1>&2
echo Install a JDK 21+ (for example Eclipse Temurin) and set JAVA_HOME to it, or set HIGHNEEDS_JAVA to its java.exe. 1>&2
exit /b 1
:nojava
echo High Needs Workbench needs Java 21 or newer, and none was found. 1>&2
echo Install a JDK 21+ (for example Eclipse Temurin) and set JAVA_HOME to it, or set HIGHNEEDS_JAVA to its java.exe. 1>&2
exit /b 1
