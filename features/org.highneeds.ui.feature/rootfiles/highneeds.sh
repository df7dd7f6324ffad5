#!/bin/sh
# Starts High Needs Workbench from this folder with a Java 21 or newer.
#   highneeds.sh [-data WORKSPACE] [-application org.highneeds.cli.app ARGS...]
# Java is taken from $HIGHNEEDS_JAVA, then $JAVA_HOME, then the java on the PATH.
here=$(cd "$(dirname "$0")" && pwd)

java_major() {
    "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); if (v[1] == "1") print v[2]; else print v[1]; exit }'
}

for candidate in "$HIGHNEEDS_JAVA" "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
        java="$candidate"
        break
    fi
    found="$found $candidate (Java ${major:-unknown})"
done
if [ -z "$java" ]; then
    echo "High Needs Workbench needs Java 21 or newer, and none was found." >&2
    [ -n "$found" ] && echo "Found:$found" >&2
    echo "Install a JDK 21+ (for example Eclipse Temurin) and set JAVA_HOME to it, or set HIGHNEEDS_JAVA to its java." >&2
    exit 1
fi

launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$launcher" ]; then
    echo "This High Needs Workbench installation is incomplete: no Equinox launcher in $here/plugins." >&2
    exit 2
fi

vmargs="-Xms256m -Xmx4g -Dosgi.requiredJavaVersion=21 --enable-native-access=ALL-UNNAMED"
case "$(uname -s)" in
    Darwin) vmargs="$vmargs -XstartOnFirstThread" ;;
esac
# shellcheck disable=SC2086
exec "$java" $vmargs "-Djava.util.logging.config.file=$here/logging.properties" $HIGHNEEDS_VMARGS -jar "$launcher" -install "$here" -configuration "$here/configuration" "$@"
