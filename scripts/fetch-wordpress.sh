#!/usr/bin/env bash
# Builds a WordPress core folder from Debian's trixie `wordpress` package.
#
# WordPress.org is not reachable from our machines, and bookworm ships 6.1, so we fetch the
# trixie packages with a private apt configuration (nothing on the system changes) and
# flatten Debian's symlinks into real files. The result is build output: never commit it.
#
# Usage: scripts/fetch-wordpress.sh <target-folder>
set -euo pipefail

target=${1:?usage: fetch-wordpress.sh <target-folder>}
if [ -f "$target/wp-includes/version.php" ]; then
	exit 0
fi

packages=(wordpress wordpress-l10n wordpress-theme-twentytwentyfive libjs-lodash libjs-underscore libjs-cropper php-getid3)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Reuse the mirror already configured on this machine; never hard-code a host.
mirror_of() {
	local suite_pattern=$1
	{
		cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk -v pat="$suite_pattern" '
			/^URIs:/ { uri = $2 }
			/^Suites:/ { for (i = 2; i <= NF; i++) if ($i ~ pat) { print uri; exit } }'
		grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
			awk -v pat="$suite_pattern" '$3 ~ pat { print $2; exit }' || true
	} | head -n 1
}
main_mirror=$(mirror_of '^(bookworm|trixie|stable)$')
security_mirror=$(mirror_of '-security$')
if [ -z "$main_mirror" ]; then
	echo "fetch-wordpress: no Debian mirror found in the apt configuration" >&2
	exit 1
fi

mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/debs" "$work/root"
{
	echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $main_mirror trixie main"
	[ -n "$security_mirror" ] && echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $security_mirror trixie-security main"
} > "$work/sources.list"

apt_opts=(
	-o "Dir::Etc::SourceList=$work/sources.list"
	-o Dir::Etc::SourceParts=/dev/null
	-o "Dir::State::Lists=$work/lists"
	-o "Dir::Cache=$work/cache"
	-o APT::Get::List-Cleanup=0
	-o APT::Sandbox::User=root
)
echo "Tải WordPress (gói Debian trixie)…"
apt-get "${apt_opts[@]}" -qq update
(cd "$work/debs" && apt-get "${apt_opts[@]}" -qq download "${packages[@]}")
for deb in "$work"/debs/*.deb; do
	dpkg-deb -x "$deb" "$work/root"
done

# Copy the core out, replacing each symlink by the file it points to inside the extracted
# root (Debian links lodash, underscore, cropper and getID3 to other packages).
src="$work/root/usr/share/wordpress"
staging="$target.partial"
rm -rf "$staging"
mkdir -p "$staging"
(cd "$src" && find . -print0) | while IFS= read -r -d '' rel; do
	path="$src/${rel#./}"
	dest="$staging/${rel#./}"
	if [ -L "$path" ]; then
		link=$(readlink "$path")
		case "$link" in
			/*) resolved="$work/root$link" ;;
			*) resolved="$(dirname "$path")/$link" ;;
		esac
		if [ "${rel#./}" = "wp-includes/certificates/ca-bundle.crt" ] || [ ! -e "$resolved" ]; then
			resolved=$(readlink -f "$link" 2>/dev/null || true)
			[ "${rel#./}" = "wp-includes/certificates/ca-bundle.crt" ] && resolved=/etc/ssl/certs/ca-certificates.crt
		fi
		if [ -d "$resolved" ]; then
			mkdir -p "$dest"
			cp -rL "$resolved/." "$dest/"
		elif [ -e "$resolved" ]; then
			cp -L "$resolved" "$dest"
		else
			echo "fetch-wordpress: skipping dangling link $rel -> $link" >&2
		fi
	elif [ -d "$path" ]; then
		mkdir -p "$dest"
	else
		cp "$path" "$dest"
	fi
done

# Debian's wp-config.php reads /etc/wordpress; Playground writes its own.
rm -f "$staging/wp-config.php"
mv "$staging" "$target"
echo "WordPress $(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$target/wp-includes/version.php") sẵn sàng tại $target"
