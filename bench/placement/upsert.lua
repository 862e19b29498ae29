-- wrk script: PUT /api/v1/businesses/{id}/offers/{externalRef} with a new externalRef every request, each
-- request as one of the benchmark's businesses: every wrk thread takes its own slice of them and goes round it,
-- so concurrent requests come from different businesses' systems, as when many businesses push at once (one
-- business's upserts queue on its lock: they never interleave).
-- Reads bench-upsert.tsv (business id, token per line) and offer-body.json (with BUSINESS_FIELD etc. filled).
-- With a fourth argument "floor" it sends the same businesses' tokens to GET /api/v1/reference/fields instead:
-- an authenticated request that writes nothing, the ceiling any write through the same stack stays under.
local businesses = {}
local floor = false
local body
local counter = 0
local prefix
local offset
local slice

local function read(path)
  local f = assert(io.open(path, "r"))
  local text = f:read("*a")
  f:close()
  return text
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", os.time() .. "T" .. threads)
  thread:set("index", threads - 1)
end

function init(args)
  for line in read(args[1]):gmatch("[^\n]+") do
    local id, token = line:match("^(%S+)\t(%S+)$")
    businesses[#businesses + 1] = { id = id, token = token }
  end
  body = read(args[2])
  -- wrk starts 4 threads (-t4): each its own quarter of the businesses. A third argument (a quarter number)
  -- moves the threads on, so two wrk processes of 2 threads each (one per instance) share out the same quarters
  local part = tonumber(args[3]) or 0
  slice = math.floor(#businesses / 4)
  offset = (index + part) * slice
  prefix = "W" .. id .. "P" .. part .. "-"
  floor = args[4] == "floor"
end

function request()
  counter = counter + 1
  local b = businesses[offset + (counter % slice) + 1]
  if floor then
    return wrk.format("GET", "/api/v1/reference/fields", {
      ["Authorization"] = "Bearer " .. b.token,
      ["Accept"] = "application/json",
    })
  end
  local path = "/api/v1/businesses/" .. b.id .. "/offers/" .. prefix .. counter
  return wrk.format("PUT", path, {
    ["Authorization"] = "Bearer " .. b.token,
    ["Content-Type"] = "application/json",
  }, body)
end

function done(summary, latency, requests)
  io.write(string.format("wrk: %d requests in %.1f s = %.0f req/s; latency p50 %.1f ms p95 %.1f ms p99 %.1f ms; errors %d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
