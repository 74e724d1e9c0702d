-- Replays prepared requests for wrk: one request a line, tab-separated method, path, one header's
-- name and value (may be empty) and body (may be empty), e.g. the signed tracking events and the
-- tracking lookups that the bench client writes. Each thread takes every n-th line from its own
-- offset, so no two threads send the same request; a thread at the end of the file starts again
-- (counted in wrk.wraps: for events, repeats are duplicates the server recognises).
--
--   wrk -t2 -c8 -d30s --latency -s replay.lua http://127.0.0.1:PORT -- REQUESTS_FILE THREADS
-- prints wrk.* key=value lines at the end.

local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

function init(args)
   requests = {}
   for line in io.lines(args[1]) do
      local method, path, name, value, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
      if method then
         local headers = {}
         if name ~= "" then headers[name] = value end
         if body ~= "" then
            headers["Content-Type"] = "application/json"
         else
            body = nil
         end
         requests[#requests + 1] = wrk.format(method, path, headers, body)
      end
   end
   if #requests == 0 then
      error("no requests in " .. args[1])
   end
   step = tonumber(args[2])
   first = (id % #requests) + 1
   index = first
   wraps = 0
end

function request()
   local r = requests[index]
   index = index + step
   if index > #requests then
      index = first
      wraps = wraps + 1
   end
   return r
end

function done(summary, latency, requests)
   local wrapped = 0
   for _, t in ipairs(threads) do
      wrapped = wrapped + (t:get("wraps") or 0)
   end
   local e = summary.errors
   io.write(string.format("wrk.requests=%d\nwrk.duration_us=%d\nwrk.p50_us=%d\nwrk.p99_us=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99)))
   io.write(string.format("wrk.non2xx=%d\nwrk.socket_errors=%d\nwrk.timeouts=%d\nwrk.wraps=%d\n",
      e.status, e.connect + e.read + e.write, e.timeout, wrapped))
end
