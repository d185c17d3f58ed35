# Sourced by ./mvnw (POSIX sh). Maven itself runs on a JDK 21 or newer: Surefire and Failsafe load the
# test classes in Maven's own JVM to share them among parallel forks, and the machine's default java
# may be older. Keeps JAVA_HOME when it (or the java on PATH) is 21+; otherwise uses the newest JDK
# 21+ found in the usual places. Finds nothing: changes nothing (the toolchains plugin then says so).

flowtrace_java_major() {
  "$1" -version 2>&1 | sed -n '1{s/^[^"]*"\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p;}'
}

flowtrace_find_jdk() {
  _current="${JAVA_HOME:+$JAVA_HOME/bin/java}"
  [ -n "$_current" ] || _current="$(command -v java 2>/dev/null || true)"
  if [ -n "$_current" ] && [ -x "$_current" ]; then
    _major="$(flowtrace_java_major "$_current")"
    if [ "${_major:-0}" -ge 21 ] 2>/dev/null; then
      FLOWTRACE_MAVEN_JAVA_MAJOR="$_major"
      return 0
    fi
  fi
  _best="" _best_major=0
  set +f # mvnw runs with globbing off
  for _java in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java "$HOME"/.sdkman/candidates/java/*/bin/java \
    /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    [ -x "$_java" ] && [ -x "${_java%/java}/javac" ] || continue
    _major="$(flowtrace_java_major "$_java")"
    if [ "${_major:-0}" -ge 21 ] 2>/dev/null && [ "$_major" -gt "$_best_major" ]; then
      _best="$_java" _best_major="$_major"
    fi
  done
  set -f
  if [ -n "$_best" ]; then
    JAVA_HOME="${_best%/bin/java}"
    export JAVA_HOME
    FLOWTRACE_MAVEN_JAVA_MAJOR="$_best_major"
  fi
}

FLOWTRACE_MAVEN_JAVA_MAJOR=0
flowtrace_find_jdk
# Maven's own libraries still use sun.misc.Unsafe; JDK 24+ warns about it at every start.
if [ "$FLOWTRACE_MAVEN_JAVA_MAJOR" -ge 24 ]; then
  MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  export MAVEN_OPTS
fi
