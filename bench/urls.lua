-- wrk script: each request takes the next path of a file (one path per line), so a run walks many distinct URLs
-- instead of repeating one. Threads start at different places of the list. Counts the answers by status class, so
-- that a 404 for a page past the last page of results (what the site answers to ?page=4 of a short list) is told
-- apart from an error.
-- Usage: wrk -t T ... -s bench/urls.lua http://HOST:PORT -- PATHS_FILE T
local created = 0
local threads = {}

function setup(thread)
  thread:set("index", created)
  created = created + 1
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  local count = tonumber(args[2] or 1)
  next_path = math.floor(#paths * index / math.max(count, 1))
  not_found = 0
  other = 0
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
  if status == 404 then
    not_found = not_found + 1
  elseif status >= 400 then
    other = other + 1
  end
end

function done(summary, latency, requests)
  local n404, nother = 0, 0
  for _, t in ipairs(threads) do
    n404 = n404 + (t:get("not_found") or 0)
    nother = nother + (t:get("other") or 0)
  end
  io.write(string.format("Answers 404: %d\nAnswers 4xx/5xx other than 404: %d\n", n404, nother))
end
