;; Open file output ports are flushed at exit, oldest first: standard output, then a port on
;; /dev/stdout that was never closed.
;; expect-stdout:
;; | to standard output
;; | to a file port on /dev/stdout, never closed

(define p (open-output-file "/dev/stdout"))
(display "to a file port on /dev/stdout, never closed" p)
(newline p)
(display "to standard output")
(newline)
(exit 0)
