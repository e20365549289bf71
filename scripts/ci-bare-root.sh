#!/usr/bin/env bash
# Proves the README's two commands on a bare Debian 12: a fresh `debootstrap --variant=minbase`
# root with nothing else installed, where `make test` must install, build and pass everything,
# and `make run` must open the sign-in window (under Xvfb).
#
# What is kept between runs, under /var/cache/factordesk-ci/:
#   bookworm-minbase.tar.gz  the UNTOUCHED bare root, as debootstrap left it. Every run unpacks a
#                            fresh copy, so each run starts with nothing installed and
#                            scripts/install-deps.sh must install every package again.
#   ccache/                  the compiler cache. It cannot hide a missing package either: CMake's
#                            find_package and the compiler's preprocessor still need the real
#                            headers, libraries and tools installed in the root before ccache is
#                            even asked, so a missing -dev package still fails the configure or
#                            the build.
#   apt-archives/            downloaded .deb files (only saves the download; apt still installs
#                            exactly what install-deps.sh asks for).
# Needs root (debootstrap, chroot, mounts). Logs and the screenshot go to $CI_LOG_DIR.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${FACTORDESK_CI_CACHE:-/var/cache/factordesk-ci}
MIRROR=${FACTORDESK_CI_MIRROR:-http://deb.debian.org/debian}
TARBALL=$CACHE/bookworm-minbase.tar.gz
SRC=/src/factordesk # fixed path inside the root, so ccache hits across runs
LOGDIR=${CI_LOG_DIR:-/tmp/factordesk-ci-logs}
mkdir -p "$LOGDIR"
LOGDIR=$(cd "$LOGDIR" && pwd)

[ "$(id -u)" = 0 ] || { echo "ci-bare-root: must run as root (debootstrap, chroot, mounts)" >&2; exit 1; }

phase_start=0
declare -a timings=()
begin() { phase_start=$(date +%s); echo "=== $1 ($(date -u +%H:%M:%S) UTC)"; }
end() {
    local s=$(($(date +%s) - phase_start))
    timings+=("$(printf '%-28s %4d min %02d s' "$1" $((s / 60)) $((s % 60)))")
    echo "=== $1: ${s} s"
}
report() {
    echo "=== phase times"
    local t
    for t in "${timings[@]}"; do echo "    $t"; done
}

ROOT=
cleanup() {
    local rc=$?
    set +e
    if [ -n "$ROOT" ]; then
        # Whatever was started inside the root (the app, Xvfb, PostgreSQL) goes first, so
        # the unmounts below cannot fail on busy mounts.
        local pids
        pids=$(for p in /proc/[0-9]*; do
            [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] && echo "${p#/proc/}"
        done)
        [ -n "$pids" ] && kill $pids 2>/dev/null && sleep 2
        pids=$(for p in /proc/[0-9]*; do
            [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] && echo "${p#/proc/}"
        done)
        [ -n "$pids" ] && kill -9 $pids 2>/dev/null && sleep 1
        # Unmount everything below the root, deepest first.
        local m
        for m in $(awk -v r="$ROOT" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/self/mounts | sort -r); do
            umount "$m" 2>/dev/null || umount -l "$m"
        done
        if awk -v r="$ROOT" 'index($2, r) == 1 {f=1} END {exit !f}' /proc/self/mounts; then
            echo "ci-bare-root: mounts left under $ROOT, not deleting it" >&2
            rc=1
        else
            rm -rf --one-file-system "$ROOT"
        fi
    fi
    report
    [ "$rc" = 0 ] && echo "ci-bare-root: PASSED" || echo "ci-bare-root: FAILED (exit $rc)"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. the bare root: debootstrap once per machine, a fresh unpacked copy per run ----------
begin "bare root (debootstrap/unpack)"
mkdir -p "$CACHE/ccache" "$CACHE/apt-archives"
if [ ! -s "$TARBALL" ]; then
    if ! command -v debootstrap >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
    fi
    fresh=$(mktemp -d /var/tmp/factordesk-debootstrap.XXXXXX)
    debootstrap --variant=minbase bookworm "$fresh" "$MIRROR"
    chmod 755 "$fresh"
    tar -C "$fresh" --numeric-owner -czf "$TARBALL.part" .
    mv "$TARBALL.part" "$TARBALL"
    rm -rf --one-file-system "$fresh"
    echo "cached the bare root in $TARBALL"
fi
ROOT=$(mktemp -d /var/tmp/factordesk-ci-root.XXXXXX)
tar -C "$ROOT" --numeric-owner -xzf "$TARBALL"
# "/" as on a real machine: mktemp's 0700 (also recorded for "./" in older tarballs) would
# lock every user but root (postgres, _apt) out.
chmod 755 "$ROOT"
end "bare root (debootstrap/unpack)"

# --- 2. the checkout, the network set-up, the mounts -----------------------------------------
mkdir -p "$ROOT$SRC"
(cd "$REPO" && git ls-files -z --cached --others --exclude-standard) |
    (cd "$REPO" && xargs -0 -r sh -c 'for f; do [ -e "$f" ] || [ -L "$f" ] && printf "%s\0" "$f"; done' sh) |
    tar -C "$REPO" --null -T - -cf - | tar -C "$ROOT$SRC" -xf -
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    cp /etc/apt/sources.list.d/debian.sources "$ROOT/etc/apt/sources.list.d/debian.sources"
    rm -f "$ROOT/etc/apt/sources.list" # debootstrap's one-line copy of the same mirror
fi
# Keep the downloaded .debs between runs (apt's docker-clean hook is not in a minbase root).
mkdir -p "$ROOT/var/cache/apt/archives" "$ROOT/var/cache/ccache"
mount --bind "$CACHE/apt-archives" "$ROOT/var/cache/apt/archives"
mount --bind "$CACHE/ccache" "$ROOT/var/cache/ccache"
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
mount -t devpts -o newinstance,ptmxmode=0666 devpts "$ROOT/dev/pts"
mount -t sysfs sysfs "$ROOT/sys"
mount -t tmpfs -o mode=1777 tmpfs "$ROOT/dev/shm"
mount -t tmpfs -o mode=1777,size=4g tmpfs "$ROOT/tmp"
# The usual chroot guard: packages must not start daemons (postgresql's system cluster would
# listen on the host's port 5432). It installs nothing; the tests start their own server.
printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"
chmod 755 "$ROOT/usr/sbin/policy-rc.d"

in_root() {
    # A clean environment, as on a freshly installed machine: root, CI=true, no DISPLAY,
    # no stdin.
    chroot "$ROOT" /usr/bin/env -i HOME=/root USER=root LOGNAME=root TERM=dumb CI=true \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        CCACHE_DIR=/var/cache/ccache CCACHE_MAXSIZE=5G \
        /bin/bash -c "$1" </dev/null
}

# --- 3. the README's test command, exactly ----------------------------------------------------
begin "make test"
# make itself is not on a fresh Debian 12 (it is the entry point, so it cannot install itself):
# the README's one-time first step, then its test command exactly.
in_root "DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends make >/dev/null && cd $SRC && make test" 2>&1 | tee "$LOGDIR/bare-make-test.log"
end "make test"

# --- 4. the README's run command: the sign-in window must appear --------------------------------
begin "make run check"
# CI's own inspection tools only, installed after make test so they cannot cover a gap in
# install-deps.sh (the app's own packages are all in already).
in_root "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends x11-utils imagemagick >/dev/null"
# The app runs in the background; this script waits for its window.
chroot "$ROOT" /usr/bin/env -i HOME=/root USER=root LOGNAME=root TERM=dumb CI=true LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    CCACHE_DIR=/var/cache/ccache /bin/bash -c \
    "cd $SRC && exec xvfb-run -a -f /tmp/ci.xauth -s '-screen 0 1600x1000x24' make run" \
    </dev/null >"$LOGDIR/bare-make-run.log" 2>&1 &
run_pid=$!
found=
for _ in $(seq 1 120); do
    sleep 1
    kill -0 "$run_pid" 2>/dev/null || break
    [ -f "$ROOT$SRC/build/demo.sqlite" ] || continue
    # xvfb-run's display is the first free one, normally :99; its auth file is /tmp/ci.xauth.
    disp=$(ls "$ROOT/tmp/.X11-unix" 2>/dev/null | sed -n 's/^X\([0-9]*\)$/:\1/p' | head -n 1)
    [ -n "$disp" ] || continue
    x="DISPLAY=$disp XAUTHORITY=/tmp/ci.xauth"
    in_root "$x xwininfo -root -tree" >"$LOGDIR/bare-xwininfo.txt" 2>&1 || continue
    # The sign-in dialog: title "FactorDesk", class factordesk (ui/dialogs/logindialog.cpp),
    # not Qt's 1x1 leader window of the same name, and mapped.
    win=$(awk '/"FactorDesk": \("factordesk"/ {print $1; exit}' "$LOGDIR/bare-xwininfo.txt")
    if [ -n "$win" ] && in_root "$x xwininfo -id $win" | grep -q 'Map State: IsViewable'; then
        sleep 2 # let the dialog paint before the screenshot
        in_root "$x import -window root /tmp/signin.png" &&
            cp "$ROOT/tmp/signin.png" "$LOGDIR/bare-signin.png" || echo "(no screenshot)"
        found=1
        break
    fi
done
# Stop the app first (it closes its X connection), then xvfb-run stops Xvfb itself; anything
# left in the root after 10 s is killed.
root_pids() {
    local p
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] || continue
        [ -z "${1:-}" ] || [ "$(cat "$p/comm" 2>/dev/null)" = "$1" ] || continue
        echo "${p#/proc/}"
    done
}
app=$(root_pids factordesk)
[ -z "$app" ] || kill $app 2>/dev/null || true
for _ in $(seq 1 10); do
    kill -0 "$run_pid" 2>/dev/null || break
    sleep 1
done
left=$(root_pids)
[ -z "$left" ] || kill $left 2>/dev/null || true
wait "$run_pid" 2>/dev/null || true
if [ -z "$found" ]; then
    echo "ci-bare-root: the FactorDesk sign-in window did not appear within 120 s" >&2
    cat "$LOGDIR/bare-make-run.log" >&2
    exit 1
fi
grep '"FactorDesk": ("factordesk"' "$LOGDIR/bare-xwininfo.txt"
echo "make run: demo database created, sign-in window mapped (screenshot: $LOGDIR/bare-signin.png)"
end "make run check"
