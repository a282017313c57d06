-- wrk script: each connection walks the list of addresses in ADDRESSES (one per line); with
-- UNCACHED set, each request gets a parameter of its own so no cached page can answer it.
-- done() prints the figures the benchmark reads (wrk's own --latency has no p95).
local uncached = os.getenv("UNCACHED")
local sent = 0
local paths = {}
for line in io.lines(os.getenv("ADDRESSES")) do paths[#paths + 1] = line end
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7)
end

function request()
  offset = offset % #paths + 1
  sent = sent + 1
  if uncached then
    return wrk.format("GET", paths[offset] .. "&uncached=" .. offset .. "-" .. sent)
  end
  return wrk.format("GET", paths[offset])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %d %.1f %.2f %.2f %.2f %d %d\n", summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
