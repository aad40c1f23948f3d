;; String input ports: read-char, peek-char, read-line, read-string, read-u8 and the eof object.
;; Characters are decoded from UTF-8; read-string counts characters.
;; expect-stdout:
;; | #\h #\h #\é #\l
;; | "lo"
;; | "second line"
;; | ""
;; | "last, no newline"
;; | #<eof> #<eof> #<eof>
;; | "λμν" "ξ" #<eof>
;; | ""
;; | 104 105 #<eof>
;; | #t #t #t

(define p (open-input-string "héllo\nsecond line\n\nlast, no newline"))
(write (peek-char p)) (display " ")
(write (read-char p)) (display " ")
(write (read-char p)) (display " ")
(write (read-char p)) (newline)
(write (read-line p)) (newline)
(write (read-line p)) (newline)
(write (read-line p)) (newline)
(write (read-line p)) (newline)
(write (read-line p)) (display " ")
(write (read-char p)) (display " ")
(write (peek-char p)) (newline)

(define q (open-input-string "λμνξ"))
(write (read-string 3 q)) (display " ")
(write (read-string 10 q)) (display " ")
(write (read-string 1 q)) (newline)
(write (read-string 0 (open-input-string ""))) (newline)

(define b (open-input-string "hi"))
(display (peek-u8 b)) (display " ")
(read-u8 b)
(display (read-u8 b)) (display " ")
(write (read-u8 b)) (newline)

(display (eof-object? (read-char (open-input-string "")))) (display " ")
(display (eof-object? (eof-object))) (display " ")
(display (char-ready? (open-input-string "x"))) (newline)
