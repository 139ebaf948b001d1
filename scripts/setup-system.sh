#!/usr/bin/env bash
# Debian packages the project uses beyond Node: Chromium (browser tests, PDF), LibreOffice (legacy .doc/.xls,
# .docx → PDF), poppler (PDF → PNG), CJK fonts with aliases for 宋体/仿宋_GB2312/黑体. Safe to run again.
set -u
[ "$(id -u)" = "0" ] || { echo "setup-system.sh: not root, skipping apt-get"; exit 0; }
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# Official font names → Noto CJK with a strong binding, after the system rules (a plain alias binds weakly and, for
# Chinese text, loses to 70-fonts-noto-cjk's Noto Sans: 仿宋 body text came out sans). Rewritten when it changes.
conf=/etc/fonts/conf.d/99-jixiao-cjk.conf
rule() { printf '  <match target="pattern"><test name="family"><string>%s</string></test><edit name="family" mode="append" binding="strong"><string>%s</string></edit></match>\n' "$1" "$2"; }
want=$(
  echo '<?xml version="1.0"?>'
  echo '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
  echo '<fontconfig>'
  for f in 仿宋_GB2312 仿宋 FangSong FangSong_GB2312 宋体 SimSun 楷体_GB2312 楷体 KaiTi; do rule "$f" "Noto Serif CJK SC"; done
  for f in 黑体 SimHei 微软雅黑 "Microsoft YaHei"; do rule "$f" "Noto Sans CJK SC"; done
  echo '</fontconfig>'
)
rm -f /etc/fonts/conf.d/65-jixiao-cjk.conf
if [ "$(cat "$conf" 2>/dev/null)" != "$want" ]; then
  printf '%s\n' "$want" >"$conf"
  fc-cache -f >/dev/null 2>&1 || true
fi
echo "setup-system: ok"
