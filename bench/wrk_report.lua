-- wrk script for the Dossier benchmark.
-- Arguments after `--`: the expected status (200 or 304), then an optional If-None-Match value,
-- then an optional Accept-Encoding value.
-- Counts every response whose status is not the expected one, and prints one JSON line,
-- prefixed BENCH_JSON, with the totals, socket errors and latency percentiles (microseconds).

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  expected = tonumber(args[1]) or 200
  unexpected = 0
  if args[2] ~= nil and args[2] ~= "" then
    wrk.headers["If-None-Match"] = args[2]
  end
  if args[3] ~= nil and args[3] ~= "" then
    wrk.headers["Accept-Encoding"] = args[3]
  end
end

function response(status, headers, body)
  if status ~= expected then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local wrong = 0
  for _, thread in ipairs(threads) do
    wrong = wrong + thread:get("unexpected")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "unexpected": %d, '
      .. '"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d, '
      .. '"p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, summary.bytes, wrong,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean))
end
