-- closures: the same algorithm as closures.scm, with lists as chains of {car, cdr} tables.
local function map(f, l)
  if not l then return nil end
  return { f(l[1]), map(f, l[2]) }
end

local function filter(p, l)
  if not l then return nil end
  if p(l[1]) then return { l[1], filter(p, l[2]) } end
  return filter(p, l[2])
end

local function fold(f, acc, l)
  while l do acc = f(acc, l[1]); l = l[2] end
  return acc
end

local function iota(n)
  local l = nil
  for i = n - 1, 0, -1 do l = { i, l } end
  return l
end

local function compose(f, g) return function(x) return f(g(x)) end end
local function make_adder(n) return function(x) return x + n end end
local function make_scaler(k) return function(x) return (x * k) % 1000003 end end

local xs = iota(1000)
local adders = map(make_adder, iota(10))

local function round_sum(k)
  local f = fold(compose, function(x) return x end, adders)
  local g = compose(make_scaler(k + 1), f)
  local m = 2 + k % 5
  local ys = filter(function(y) return y % m == 0 end, map(g, xs))
  return fold(function(a, b) return a + b end, 0, ys)
end

local total = 0
for k = 0, 2999 do total = total + round_sum(k) end
print(string.format("%d", total))
