#!/usr/bin/env bash
# The studio's everyday commands on Debian 12:
#   tools/dev.sh open [PROJECT_DIR]   install what is missing, build (Release), open the studio on data/elio
#   tools/dev.sh test                 install what is missing, build (Release), run every test through CTest
#   tools/dev.sh asan                 install what is missing, build the asan preset (AddressSanitizer +
#                                     UndefinedBehaviorSanitizer, build-asan/), run every test under it
# Environment: BUILD_DIR (default: build), JOBS (default: number of cores).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
jobs=${JOBS:-$(nproc)}

install_missing() {
    local missing=()
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done < "$here/packaging/debian-build-deps.txt"
    if ((${#missing[@]})); then
        echo "Installing missing Debian packages: ${missing[*]}"
        local sudo=()
        [[ $(id -u) -ne 0 ]] && sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release
    cmake --build "$build_dir" -j "$jobs"
}

case "${1:-}" in
open)
    install_missing
    build
    project=${2:-$here/data/elio}
    exec "$build_dir/app/persona-studio" "$project"
    ;;
test)
    install_missing
    build
    cd "$build_dir"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs"
    ;;
asan)
    install_missing
    cd "$here"
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
    ;;
*)
    echo "usage: tools/dev.sh open [PROJECT_DIR] | tools/dev.sh test | tools/dev.sh asan" >&2
    exit 2
    ;;
esac
