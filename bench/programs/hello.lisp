;;; Start-up: print one line.
(write-line "hello")
