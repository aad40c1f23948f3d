;; command-line and exit with a status.
(define args (command-line))
(display (length args))
(newline)
(exit 3)
