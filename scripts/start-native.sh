#!/usr/bin/env bash
# Starts the portal on the production-like native stack (Debian's PHP 8.2 FPM + MariaDB +
# nginx) on http://localhost:8880; data is kept between runs in .wp/native. Installs the
# Debian packages when missing (needs root or sudo once).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
npm run build
node scripts/native-site.mjs start dev

cat <<'INFO'

Cổng thông tin (PHP-FPM + MariaDB + nginx) đang chạy: http://localhost:8880
Trang quản trị:                                      http://localhost:8880/wp-admin/

Tài khoản (mật khẩu đều là "password"):
  admin      Quản trị hệ thống
  truongban  Trưởng Ban biên tập – Xuất bản tin
  kiemduyet  Kiểm duyệt
  capnhat    Cập nhật
  ctv        Cộng tác viên
  ketoan     Kế toán

Nhật ký lỗi PHP: .wp/native/sites/dev/wordpress/wp-content/debug.log
Dừng: npm run stop:native
INFO
