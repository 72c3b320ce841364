-- wrk script for the cluster rehearsal (bench/cluster.py): a mix of requests through nginx.
-- Arguments after `--`: the file of requests, one a line: the path, then any headers
-- ("Name: value"), tab-separated; then an optional header every request carries.
-- Each thread cycles through the requests from its own starting point. Counts responses by
-- status class and by nginx's X-Cache-Status, and the requests it sent (answered or still in
-- flight when it stopped), and prints one JSON line, prefixed
-- CLUSTER_JSON, with them, the socket errors and latency percentiles (microseconds).

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local function split(line, sep)
  local parts = {}
  for part in string.gmatch(line, "([^" .. sep .. "]+)") do
    table.insert(parts, part)
  end
  return parts
end

function init(args)
  mix = {}
  local extra = {}
  if args[2] ~= nil and args[2] ~= "" then
    local name, value = string.match(args[2], "^([^:]+):%s*(.*)$")
    extra[name] = value
  end
  for line in io.lines(args[1]) do
    if line ~= "" then
      local parts = split(line, "\t")
      local headers = {}
      for name, value in pairs(extra) do
        headers[name] = value
      end
      for i = 2, #parts do
        local name, value = string.match(parts[i], "^([^:]+):%s*(.*)$")
        headers[name] = value
      end
      table.insert(mix, wrk.format("GET", parts[1], headers))
    end
  end
  position = (id * 7) % #mix
  sent = 0
  ok, not_modified, limited, other = 0, 0, 0, 0
  hit, miss, bypass, expired, revalidated, updating, stale, uncached = 0, 0, 0, 0, 0, 0, 0, 0
end

function request()
  sent = sent + 1
  position = position % #mix + 1
  return mix[position]
end

function response(status, headers, body)
  if status == 304 then
    not_modified = not_modified + 1
  elseif status >= 200 and status < 300 then
    ok = ok + 1
  elseif status == 429 then
    limited = limited + 1
  else
    other = other + 1
  end
  local cache = headers["X-Cache-Status"]
  if cache == "HIT" then hit = hit + 1
  elseif cache == "MISS" then miss = miss + 1
  elseif cache == "BYPASS" then bypass = bypass + 1
  elseif cache == "EXPIRED" then expired = expired + 1
  elseif cache == "REVALIDATED" then revalidated = revalidated + 1
  elseif cache == "UPDATING" then updating = updating + 1
  elseif cache == "STALE" then stale = stale + 1
  else uncached = uncached + 1
  end
end

function done(summary, latency, requests)
  local names = {
    "sent", "ok", "not_modified", "limited", "other", "hit", "miss", "bypass", "expired",
    "revalidated", "updating", "stale", "uncached",
  }
  local totals = {}
  for _, name in ipairs(names) do
    totals[name] = 0
    for _, thread in ipairs(threads) do
      totals[name] = totals[name] + thread:get(name)
    end
  end
  local e = summary.errors
  local fields = {}
  for _, name in ipairs(names) do
    table.insert(fields, string.format('"%s": %d', name, totals[name]))
  end
  io.write(string.format(
    'CLUSTER_JSON {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, '
      .. '"write": %d, "timeout": %d, "p50_us": %d, "p99_us": %d, "max_us": %d, %s}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max, table.concat(fields, ", ")))
end
