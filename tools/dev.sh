#!/usr/bin/env bash
# The studio's two everyday commands on Debian 12:
#   tools/dev.sh open [PROJECT_DIR]   install what is missing, build (Release), open the studio on data/elio
#   tools/dev.sh test                 install what is missing, build, run every test through CTest: on the
#                                     Release build, then again under AddressSanitizer + UndefinedBehaviorSanitizer
#                                     (the asan preset, build-asan/). .ci/run runs this.
# And for developers: tools/dev.sh asan runs only the sanitizer half; SANITIZERS=0 tools/dev.sh test
# only the Release half.
# Environment: BUILD_DIR (default: build), JOBS (default: number of cores), SANITIZERS (default: 1).
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

# Every test again, built with AddressSanitizer + UBSan (-O1, line tables; benchmarks off).
sanitizer_suite() {
    cd "$here"
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan -j "$jobs"
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
    (cd "$build_dir" && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$jobs")
    if [[ "${SANITIZERS:-1}" != 0 ]]; then
        sanitizer_suite
    fi
    ;;
asan)
    install_missing
    sanitizer_suite
    ;;
*)
    echo "usage: tools/dev.sh open [PROJECT_DIR] | tools/dev.sh test | tools/dev.sh asan" >&2
    exit 2
    ;;
esac
