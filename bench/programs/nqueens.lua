-- nqueens: the same algorithm as nqueens.scm, with lists as chains of {car, cdr} tables.
local function cons(a, d) return { a, d } end

local function iota1(n)
  local l = nil
  for i = n, 1, -1 do l = cons(i, l) end
  return l
end

local function append(a, b)
  if not a then return b end
  return cons(a[1], append(a[2], b))
end

local function ok(row, dist, placed)
  while placed do
    if placed[1] == row + dist or placed[1] == row - dist then return false end
    dist = dist + 1
    placed = placed[2]
  end
  return true
end

local function try(x, y, z)
  if not x then
    if not y then return 1 else return 0 end
  end
  local r = 0
  if ok(x[1], 1, z) then r = try(append(x[2], y), nil, cons(x[1], z)) end
  return r + try(x[2], cons(x[1], y), z)
end

local total = 0
for _ = 1, 50 do total = total + try(iota1(10), nil, nil) end
print(total)
