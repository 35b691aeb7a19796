#!/usr/bin/env bash
# Measures cold boot (fresh data/) and warm restart (same data/) of the built distribution to the first
# 200 from /api/v1/health, N times each, and prints every run and the medians. Uses port 48181.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
tarball=$(ls karaf-assembly/target/lianxin-karaf-assembly-*.tar.gz)
dir=$(mktemp -d)
trap 'bin_stop; rm -rf "$dir"' EXIT
bin_stop() { [ -x "$dir/k/bin/stop" ] && "$dir/k/bin/stop" >/dev/null 2>&1 || true; wait_gone; }
wait_gone() { for _ in $(seq 1 240); do pgrep -f "karaf.home=$dir/k" >/dev/null || return 0; sleep 0.25; done; }
ms() { date +%s%3N; }
up() {
  local t0=$1
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:48181/api/v1/health)" = 200 ]; then
      echo $(( $(ms) - t0 )); return 0
    fi
    sleep 0.1
  done
  echo "no REST within 120 s" >&2; return 1
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
unpack() {
  rm -rf "$dir/k"; mkdir -p "$dir/k"; tar xzf "$tarball" -C "$dir/k" --strip-components=1
  sed -i 's/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = 48181/' "$dir/k/etc/org.ops4j.pax.web.cfg"
  sed -i 's/^sshPort *=.*/sshPort = 48101/' "$dir/k/etc/org.apache.karaf.shell.cfg"
  sed -i 's/^rmiRegistryPort *=.*/rmiRegistryPort = 41099/; s/^rmiServerPort *=.*/rmiServerPort = 44444/' \
    "$dir/k/etc/org.apache.karaf.management.cfg"
}
cold=(); warm=()
for i in $(seq 1 "$runs"); do
  unpack
  t0=$(ms); "$dir/k/bin/start" >/dev/null 2>&1; cold+=("$(up "$t0")")
  bin_stop
  t0=$(ms); "$dir/k/bin/start" >/dev/null 2>&1; warm+=("$(up "$t0")")
  rss=$(ps -o rss= -p "$(pgrep -f "karaf.home=$dir/k" | head -n 1)" | tr -d ' ')
  bin_stop
  echo "run $i: cold boot ${cold[-1]} ms, warm restart ${warm[-1]} ms, RSS after warm restart $((rss / 1024)) MB"
done
echo "median cold boot to REST ready: $(printf '%s\n' "${cold[@]}" | median) ms"
echo "median warm restart to REST ready: $(printf '%s\n' "${warm[@]}" | median) ms"
