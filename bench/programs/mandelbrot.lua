-- mandelbrot: the same algorithm as mandelbrot.scm.
local size, max_iter = 200, 100

local function point(x, y)
  local cr = 2.0 * x / size - 1.5
  local ci = 2.0 * y / size - 1.0
  local zr, zi, i = 0.0, 0.0, 0
  while true do
    if i == max_iter then return i end
    if zr * zr + zi * zi > 4.0 then
      return i + math.floor(100.0 * math.sqrt(zr * zr + zi * zi))
    end
    zr, zi, i = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci, i + 1
  end
end

local total = 0
for y = 0, size - 1 do
  for x = 0, size - 1 do total = total + point(x, y) end
end
print(string.format("%d", total))
