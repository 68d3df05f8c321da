#!/bin/sh
# Generates the Python messages (protoc --python_out) and service stubs (gRPC's Python plugin) from the service's
# protos, into examples/python/generated, or into the directory given as the first argument.
# Needs Debian's protobuf-compiler, protobuf-compiler-grpc and libprotobuf-dev (see .ci/run).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:-$here/generated}

for tool in protoc grpc_python_plugin; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "generate.sh: $tool not found; install it: apt-get install protobuf-compiler protobuf-compiler-grpc libprotobuf-dev" >&2
    exit 1
  fi
done

mkdir -p "$out"
cd "$repo"
# The service's protos with their stubs; Google's common protos (examples/protos) as messages only.
protoc -I protos -I examples/protos \
  --python_out="$out" --grpc_python_out="$out" --plugin=protoc-gen-grpc_python="$(command -v grpc_python_plugin)" \
  protos/beschermdthuis/matching/v1/*.proto
protoc -I examples/protos --python_out="$out" \
  examples/protos/google/api/*.proto examples/protos/google/type/*.proto examples/protos/google/rpc/*.proto
