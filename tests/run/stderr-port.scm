;; Writing to (current-error-port) goes to standard error; each port has its own buffer.
;; expect-stdout:
;; | to stdout
;; | more stdout
;; expect-stderr:
;; | to stderr 42 "quoted"
;; | second line

(display "to stdout")
(newline)
(display "to stderr " (current-error-port))
(write 42 (current-error-port))
(write-string " " (current-error-port))
(write "quoted" (current-error-port))
(newline (current-error-port))
(write-string "second line" (current-error-port))
(write-char #\newline (current-error-port))
(display "more stdout" (current-output-port))
(newline)
