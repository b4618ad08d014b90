#!/usr/bin/env bash
# Sets everything up and starts the portal on http://localhost:8888 (data is kept between runs;
# TTDT_DEV_PORT picks another port).
set -euo pipefail
cd "$(dirname "$0")/.."

# WordPress core (Debian's package) downloads while npm installs: both mostly wait on I/O.
mkdir -p .wp
bash scripts/fetch-wordpress.sh .wp/core >.wp/fetch-wordpress.log 2>&1 &
fetch=$!
bash scripts/ensure-deps.sh
if ! wait "$fetch"; then
	cat .wp/fetch-wordpress.log >&2
	exit 1
fi
# The site starts while the scripts build: Playground's first boot (WebAssembly compile, the
# WordPress install) and webpack each keep a core busy, and the plugin serves pages without its
# built scripts until they land. The build's output follows once both are done.
# A development build (no minifying: about a third of the time); `npm run build` makes the
# production one, and `npm run plugin-zip` rebuilds before packing a development build.
build_log=.wp/build.log
(NODE_ENV=development npm run build && touch plugin/build/.development) >"$build_log" 2>&1 &
build=$!
node scripts/wp-site.mjs start dev
build_status=0
wait "$build" || build_status=$?
cat "$build_log"
if [ "$build_status" -ne 0 ]; then
	echo "npm start: the build failed (above); the site runs without the plugin's scripts." >&2
	exit 1
fi

port="${TTDT_DEV_PORT:-8888}"
cat <<INFO

Cổng thông tin đang chạy: http://localhost:$port
Trang quản trị:           http://localhost:$port/wp-admin/

Tài khoản (mật khẩu đều là "password"):
  admin      Quản trị hệ thống
  truongban  Trưởng Ban biên tập – Xuất bản tin
  kiemduyet  Kiểm duyệt
  capnhat    Cập nhật
  ctv        Cộng tác viên
  ketoan     Kế toán

Dừng: npm run stop
INFO
