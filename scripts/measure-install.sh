#!/usr/bin/env bash
# Measures what a newcomer waits for: clones the current branch into a fresh folder, runs
# `npm start` there (npm ci, build, WordPress from Debian's package, the Playground site) until
# the portal answers, and prints the time of each stage, the size of node_modules and how many
# copies of each @wordpress/* package it holds. The site is stopped and the clone removed after.
#
#   bash scripts/measure-install.sh [--port N] [--keep]
#
# The npm cache of this machine is used as is (as on any machine that has installed before);
# set npm_config_cache to an empty folder to measure a cold cache.
set -euo pipefail
cd "$(dirname "$0")/.."

port=8975
keep=0
while [ $# -gt 0 ]; do
	case "$1" in
		--port) port="$2"; shift 2 ;;
		--keep) keep=1; shift ;;
		*) echo "usage: measure-install.sh [--port N] [--keep]" >&2; exit 2 ;;
	esac
done

branch="$(git rev-parse --abbrev-ref HEAD)"
commit="$(git rev-parse --short HEAD)"
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then
	echo "measure-install: uncommitted changes are not measured (the clone takes $commit)" >&2
fi
work="$(mktemp -d /tmp/ttdt-measure.XXXXXX)"
log="$work/start.log"
clone="$work/ttdt-portal"

cleanup() {
	if [ -d "$clone/node_modules" ]; then
		(cd "$clone" && TTDT_DEV_PORT="$port" node scripts/wp-site.mjs stop dev >/dev/null 2>&1) || true
	fi
	if [ "$keep" -eq 0 ]; then
		rm -rf "$work"
	fi
}
trap cleanup EXIT

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", b - a }'; }
mmss() { awk -v s="$1" 'BEGIN { printf "%d min %02d s", s / 60, s % 60 }'; }

t0=$(now)
git clone --quiet --branch "$branch" "file://$PWD" "$clone"
t_clone=$(now)

# `npm start` with a timestamp on every line, to split it into its stages.
status=0
(
	cd "$clone"
	TTDT_DEV_PORT="$port" npm start 2>&1 | while IFS= read -r line; do
		printf '%s %s\n' "$(date +%s.%N)" "$line"
	done
) >"$log" || status=$?
t_end=$(now)

code="$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/wp-json/" || true)"
if [ "$status" -ne 0 ] || [ "$code" != 200 ]; then
	echo "measure-install: npm start ended with $status, the portal answers HTTP $code on :$port; log: $log" >&2
	keep=1
	exit 1
fi

# npm's summary line ends the install; the build and the Playground site then run side by side.
mark() { grep -m1 -F -- "$1" "$log" | cut -d' ' -f1 || true; }
t_deps=$(mark ' packages in ')
t_deps=${t_deps:-$t_clone}
t_site=$(mark 'WordPress development site started')
t_site=${t_site:-$t_end}

size="$(du -sh "$clone/node_modules" | cut -f1)"
size_mb="$(du -sm "$clone/node_modules" | cut -f1)"
copies="$(cd "$clone" && find node_modules -regextype posix-extended \
	-regex '(.*/)?node_modules/@wordpress/[^/]+/package\.json' |
	sed -E 's|.*node_modules/(@wordpress/[^/]+)/package\.json|\1|' | sort | uniq -c | sort -rn)"
most="$(echo "$copies" | head -1 | awk '{ print $1 }')"
components="$(echo "$copies" | awk '$2 == "@wordpress/components" { print $1 }')"

total=$(secs "$t_clone" "$t_end")
cat <<REPORT

Đo trên bản clone mới của $branch ($commit), Node $(node -v), npm $(npm -v), $(nproc) nhân, tải trung bình $(cut -d' ' -f1 /proc/loadavg)
  git clone                          $(secs "$t0" "$t_clone") s
  npm start (tới khi trang trả lời)  $(mmss "$total")
    npm ci                             $(secs "$t_clone" "$t_deps") s
    trang Playground (song song build) $(secs "$t_deps" "$t_site") s
    build + trang trả lời              $(secs "$t_deps" "$t_end") s
  node_modules                       $size ($size_mb MiB)
  @wordpress/components              ${components:-0} bản
  gói @wordpress/* nhiều bản nhất    ${most:-0} bản
REPORT
