-- wrk script: each request takes the next path of a file (one path per line), so a run walks many distinct URLs
-- instead of repeating one. Threads start at different places of the list.
-- Usage: wrk -t T ... -s bench/urls.lua http://HOST:PORT -- PATHS_FILE T
local created = 0

function setup(thread)
  thread:set("index", created)
  created = created + 1
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  local count = tonumber(args[2] or 1)
  next_path = math.floor(#paths * index / math.max(count, 1))
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
