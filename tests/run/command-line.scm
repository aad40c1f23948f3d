;; (command-line) is the program name followed by the arguments given after the image.
;; args: alpha beta gamma
;; expect-stdout:
;; | ("alpha" "beta" "gamma")
;; | 3
;; | #t

(write (cdr (command-line)))
(newline)
(display (length (cdr (command-line))))
(newline)
(display (string? (car (command-line))))
(newline)
