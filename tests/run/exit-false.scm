;; (exit #f) ends the program with status 1, after flushing the output so far.
;; expect-exit: 1
;; expect-stdout:
;; | partial

(display "partial")
(newline)
(exit #f)
(display "never")
