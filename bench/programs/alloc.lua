-- alloc: the same algorithm as alloc.scm. A list is a chain of {car, cdr} tables (consed
-- backwards, then reversed into fresh cells), a vector a Lua array.
local window_size, steps = 2048, 30000

local seed = 12345
local function random()
  seed = (seed * 69069 + 1) % 4294967296
  return math.floor(seed / 65536)
end

local function reverse(l)
  local r = nil
  while l do r = { l[1], r }; l = l[2] end
  return r
end

local function make_list_of(n, start)
  local acc = nil
  for i = 0, n - 1 do acc = { (start + i) % 1000, acc } end
  return { list = reverse(acc) }
end

local function make_vector_of(n, start)
  local v = {}
  for i = 1, n do v[i] = (start + i - 1) % 1000 end
  return { vector = v }
end

local function sum_of(x)
  local s = 0
  if not x then return 0 end
  if x.vector then
    local v = x.vector
    for i = 1, #v do s = s + v[i] end
  else
    local l = x.list
    while l do s = s + l[1]; l = l[2] end
  end
  return s
end

local window = {}
local checksum = 0
for step = 0, steps - 1 do
  local slot = random() % window_size
  local n = 16 + random() % 256
  local old = window[slot]
  if random() % 2 == 0 then
    window[slot] = make_list_of(n, step)
  else
    window[slot] = make_vector_of(n, step)
  end
  checksum = checksum + sum_of(old)
end
for i = 0, window_size - 1 do checksum = checksum + sum_of(window[i]) end
print(checksum)
