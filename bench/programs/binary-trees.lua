-- binary-trees (the Benchmarks Game), max depth 16, min depth 4, single-threaded.
-- A tree is a table of its two subtrees; a leaf is an empty table. check counts the nodes.
local min_depth, max_depth = 4, 16

local function make_tree(d)
  if d == 0 then return {} end
  return { make_tree(d - 1), make_tree(d - 1) }
end

local function check(t)
  if not t[1] then return 1 end
  return 1 + check(t[1]) + check(t[2])
end

local stretch_depth = max_depth + 1
io.write("stretch tree of depth ", stretch_depth, "\t check: ", check(make_tree(stretch_depth)), "\n")

local long_lived = make_tree(max_depth)
for d = min_depth, max_depth, 2 do
  local iterations = 2 ^ (max_depth - d + min_depth)
  local sum = 0
  for _ = 1, iterations do sum = sum + check(make_tree(d)) end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iterations, d, sum))
end
io.write("long lived tree of depth ", max_depth, "\t check: ", check(long_lived), "\n")
