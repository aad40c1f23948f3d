;; The test runs with standard input closed (/dev/null): every read from (current-input-port)
;; gives the eof object.
;; expect-stdout:
;; | #<eof> #<eof> #<eof> #<eof> #<eof> #<eof>
;; | #t

(define (show x) (write x) (display " "))
(show (peek-char))
(show (read-char))
(show (read-line))
(show (read))
(show (read-string 5))
(write (read-u8 (current-input-port)))
(newline)
(display (char-ready?))
(newline)
