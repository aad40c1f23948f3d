-- strings: the same algorithm as strings.scm. Lua strings are interned, so they stand for
-- both the symbols (counted in one table) and the strings (summed in another); the key string
-- is built with .. and tostring.
local steps, keys = 200000, 5003

local function key(n) return "k" .. tostring(n) end

local symbol_counts, string_sums = {}, {}
for i = 0, steps - 1 do
  local s = key((i * 7919) % keys)
  symbol_counts[s] = (symbol_counts[s] or 0) + 1
  string_sums[s] = (string_sums[s] or 0) + i
end

local acc = 0
for n = 0, keys - 1 do
  local s = key(n)
  acc = acc + (n + 1) * (symbol_counts[s] or 0) + (string_sums[s] or 0) % 1000 + #s
end
print(string.format("%d", acc))
