;;; Start-up: print one line.
(display "hello")
(newline)
