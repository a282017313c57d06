-- wrk script: each connection's thread walks the addresses in PATHS (one per line) from an
-- offset of its own. UNIQUE set: each request carries a throwaway parameter of its own, so no
-- cache can answer it. CACHE_HEADER set: responses are read and those whose header of that name
-- says the cache answered are counted (the app's "hit"; nginx's HIT, STALE, UPDATING or
-- REVALIDATED: served from its copy). done() prints the line the benchmark reads.
local unique = os.getenv("UNIQUE")
local cache_header = os.getenv("CACHE_HEADER")
-- Header names as the server spelled them: gunicorn keeps the application's case, granian sends
-- them in lower case.
local cache_header_lower = cache_header and cache_header:lower()
local prefix = os.getenv("RUN_ID") or "0"
-- RUN_LABEL set: every request names its run (X-Bench-Run), for nginx's timing log.
if os.getenv("RUN_LABEL") then wrk.headers["X-Bench-Run"] = os.getenv("RUN_LABEL") end
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local served = {hit = true, HIT = true, STALE = true, UPDATING = true, REVALIDATED = true}
local threads = {}
local started = 0

function setup(thread)
  started = started + 1
  thread:set("offset", started * 7919)
  thread:set("tid", started)
  table.insert(threads, thread)
end

function init(args)
  sent, hits, answered = 0, 0, 0
end

function request()
  offset = offset % #paths + 1
  sent = sent + 1
  local path = paths[offset]
  if unique then
    local glue = path:find("?", 1, true) and "&" or "?"
    path = path .. glue .. "bench=" .. prefix .. "-" .. tid .. "-" .. sent
  end
  return wrk.format("GET", path)
end

if cache_header then
  function response(status, headers, body)
    answered = answered + 1
    local value = headers[cache_header] or headers[cache_header_lower]
    if served[value] then hits = hits + 1 end
  end
end

function done(summary, latency, requests)
  local h, a = 0, 0
  for _, thread in ipairs(threads) do
    h = h + (thread:get("hits") or 0)
    a = a + (thread:get("answered") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %d %.1f %.2f %.2f %d %d %d %d\n", summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, h, a))
end
