;; (exit #t) and (exit) mean success.
;; expect-stdout:
;; | ok

(display "ok")
(newline)
(exit #t)
(exit 9)
