# workerd configuration for the example: one ES-module worker on 127.0.0.1:8787.
# worker.bundle.js is worker.js bundled with the package (see docs/serverless.md):
#   npx esbuild examples/edge-worker/worker.js --bundle --format=esm --platform=neutral \
#     --main-fields=browser,module,main --conditions=workerd,worker,browser \
#     --outfile=examples/edge-worker/worker.bundle.js
#   node_modules/.bin/workerd serve examples/edge-worker/config.capnp
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  sockets = [(name = "http", address = "127.0.0.1:8787", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker.js", esModule = embed "worker.bundle.js")],
  compatibilityDate = "2025-09-01",
);
