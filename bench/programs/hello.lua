-- Start-up: print one line.
print("hello")
